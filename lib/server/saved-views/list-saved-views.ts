import 'server-only';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { SavedViewDto } from '@/lib/validations/claims-view';

export const savedViewSelect = { id: true, name: true, query: true, createdAt: true } as const;

export const toSavedViewDto = (row: { id: string; name: string; query: string; createdAt: Date }): SavedViewDto => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
});

/** The acting member's saved views of the claims view in this workspace, by name (their own only). */
export async function listSavedViews(actor: Actor): Promise<{ views: SavedViewDto[] }> {
  requirePermission(actor, 'article.read');
  const rows = await db.savedView.findMany({
    where: { workspaceId: actor.workspaceId, userId: actor.userId },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: savedViewSelect,
    // A person's list of named views, not a list that grows with the desk.
    take: 200,
  });
  return { views: rows.map(toSavedViewDto) };
}
