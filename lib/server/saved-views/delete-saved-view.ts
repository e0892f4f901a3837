import 'server-only';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { AppError } from '@/lib/errors';

/** Deletes one of the acting member's own views; anyone else's (or another workspace's) is not found. */
export async function deleteSavedView(actor: Actor, viewId: string): Promise<void> {
  requirePermission(actor, 'article.read');
  const { count } = await db.savedView.deleteMany({ where: { id: viewId, workspaceId: actor.workspaceId, userId: actor.userId } });
  if (count === 0) throw new AppError('not_found', 'Saved view not found.');
}
