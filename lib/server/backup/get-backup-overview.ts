import 'server-only';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';

/** What the backup page needs to say: how much there is, and whether a restore may go here. */
export async function getBackupOverview(actor: Actor): Promise<{ articles: number; claims: number }> {
  requirePermission(actor, 'workspace.manage');
  const [articles, claims] = await Promise.all([
    db.article.count({ where: { workspaceId: actor.workspaceId } }),
    db.claim.count({ where: { workspaceId: actor.workspaceId } }),
  ]);
  return { articles, claims };
}
