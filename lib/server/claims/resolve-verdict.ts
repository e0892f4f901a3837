import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';

/** The rating a verdict key names in the actor's workspace, and the key of the one it replaces. */
export async function resolveVerdict(actor: Actor, key: string | null, previousRatingId: string | null) {
  const ids = previousRatingId ? [previousRatingId] : [];
  const ratings = await db.rating.findMany({
    where: { workspaceId: actor.workspaceId, OR: [{ id: { in: ids } }, ...(key ? [{ key }] : [])] },
    select: { id: true, key: true, retiredAt: true },
  });
  const previousKey = ratings.find((r) => r.id === previousRatingId)?.key ?? null;
  if (key === null) return { ratingId: null, previousKey };
  const rating = ratings.find((r) => r.key === key);
  if (!rating) {
    throw new AppError('unprocessable', `“${key}” is not a verdict of this workspace's rating scale.`, {
      fields: { verdict: ['Unknown verdict'] },
    });
  }
  // A retired verdict stays on the claims that carry it but is not given to another (decision 040).
  if (rating.retiredAt && rating.id !== previousRatingId) {
    throw new AppError('unprocessable', `“${key}” is retired from this workspace's rating scale.`, {
      fields: { verdict: ['This verdict is retired'] },
    });
  }
  return { ratingId: rating.id, previousKey };
}
