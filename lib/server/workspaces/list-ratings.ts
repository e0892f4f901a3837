import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { RatingDto } from '@/lib/validations/rating';

export const listRatings = cache(async (actor: Actor): Promise<RatingDto[]> => {
  requirePermission(actor, 'article.read');
  const rows = await db.rating.findMany({
    where: { workspaceId: actor.workspaceId },
    orderBy: { position: 'asc' },
    select: { key: true, label: true, description: true, value: true, color: true, retiredAt: true },
  });
  // Retired verdicts stay listed (claims that carry one still show it); the picker does not offer them.
  return rows.map(({ retiredAt, ...rating }) => ({ ...rating, retired: retiredAt !== null }));
});
