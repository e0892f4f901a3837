import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { RatingDto } from '@/lib/validations/rating';

export const listRatings = cache(async (actor: Actor): Promise<RatingDto[]> => {
  requirePermission(actor, 'article.read');
  return db.rating.findMany({
    where: { workspaceId: actor.workspaceId },
    orderBy: { position: 'asc' },
    select: { key: true, label: true, description: true, value: true },
  });
});
