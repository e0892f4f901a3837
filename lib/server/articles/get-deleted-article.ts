import 'server-only';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { can } from '@/lib/core/permissions/permissions';
import { restorableUntil, UNDO_MINUTES } from './delete-article';

export type DeletedArticleNotice = {
  id: string;
  title: string;
  deletedAt: string;
  deletedByName: string | null;
  /** Until when an admin can restore it; after that the purge job removes it for good. */
  restorableUntil: string;
  restorable: boolean;
  /** Whether this member may restore it now: an admin, or whoever deleted it within the undo window. */
  canRestore: boolean;
};

/**
 * A deleted article, as far as its page says (decision 042): a notification or an old link
 * that leads here finds what happened to it, when and by whom, and until when it can come back,
 * instead of "not found". Only its title and the deletion: its text and claims stay hidden.
 */
export async function getDeletedArticle(actor: Actor, articleId: string, now = new Date()): Promise<DeletedArticleNotice | null> {
  requirePermission(actor, 'article.read');
  const row = await db.article.findFirst({
    where: { id: articleId, workspaceId: actor.workspaceId, deletedAt: { not: null } },
    select: { id: true, title: true, deletedAt: true, deletedById: true },
  });
  if (!row?.deletedAt) return null;
  const deleter = row.deletedById ? await db.user.findUnique({ where: { id: row.deletedById }, select: { name: true } }) : null;
  const until = restorableUntil(row.deletedAt);
  const restorable = until > now;
  const ownUndo = row.deletedById === actor.userId && can(actor.role, 'article.delete') && now.getTime() - row.deletedAt.getTime() <= UNDO_MINUTES * 60_000;
  return {
    id: row.id,
    title: row.title,
    deletedAt: row.deletedAt.toISOString(),
    deletedByName: deleter?.name ?? null,
    restorableUntil: until.toISOString(),
    restorable,
    canRestore: restorable && (can(actor.role, 'workspace.manage') || ownUndo),
  };
}
