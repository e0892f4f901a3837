import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { DeletedArticleDto } from '@/lib/validations/article-revision';

/** How long a deleted article can be restored before the purge job removes it for good. */
export const RESTORE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The last moment a deleted article can be restored. */
export const restorableUntil = (deletedAt: Date) => new Date(deletedAt.getTime() + RESTORE_DAYS * DAY_MS);

/**
 * Deletes an article imported by mistake, softly (decision 042): the article gets `deletedAt`,
 * and its claims that were not deleted get the SAME instant as their own `deletedAt`, so every
 * list that already leaves out deleted claims (claims view, dashboard, similarity, public pages,
 * exports) leaves them out too, and a restore brings back exactly these (a claim deleted on its
 * own before keeps its earlier instant and stays deleted). The search triggers hide its entries
 * (the article's, and its claims' with their evidence and comments) and show them again on
 * restore. Its share links answer 410 while it is deleted (the public page finds no article).
 */
export async function deleteArticle(actor: Actor, articleId: string): Promise<{ id: string; deletedAt: string; restorableUntil: string }> {
  requirePermission(actor, 'article.delete');
  const deletedAt = new Date();
  await db.$transaction(async (tx) => {
    const updated = await tx.article.updateMany({
      where: { id: articleId, workspaceId: actor.workspaceId, deletedAt: null },
      data: { deletedAt, deletedById: actor.userId },
    });
    if (updated.count !== 1) throw new AppError('not_found', 'Article not found.');
    await tx.claim.updateMany({ where: { articleId, deletedAt: null }, data: { deletedAt } });
    await tx.articleEvent.create({ data: { workspaceId: actor.workspaceId, articleId, actorId: actor.userId, kind: 'deleted' } });
  });
  return { id: articleId, deletedAt: deletedAt.toISOString(), restorableUntil: restorableUntil(deletedAt).toISOString() };
}

/** How long the member who deleted an article may undo it themselves (the toast's "Undo"). */
export const UNDO_MINUTES = 10;

/**
 * Brings a deleted article back with the claims its deletion took: admins within 30 days; the
 * member who deleted it (with article.delete) within 10 minutes, to undo a slip.
 */
export async function restoreArticle(actor: Actor, articleId: string): Promise<{ id: string }> {
  requirePermission(actor, 'article.delete');
  await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ deletedAt: Date | null; deletedById: string | null }[]>`
      SELECT "deletedAt", "deletedById" FROM article WHERE id = ${articleId} AND "workspaceId" = ${actor.workspaceId} FOR UPDATE`;
    if (!row?.deletedAt || row.deletedAt.getTime() < Date.now() - RESTORE_DAYS * DAY_MS) throw new AppError('not_found', 'No deleted article to restore.');
    const ownUndo = row.deletedById === actor.userId && row.deletedAt.getTime() >= Date.now() - UNDO_MINUTES * 60_000;
    if (!ownUndo) requirePermission(actor, 'workspace.manage');
    await tx.article.update({ where: { id: articleId }, data: { deletedAt: null, deletedById: null } });
    await tx.claim.updateMany({ where: { articleId, deletedAt: row.deletedAt }, data: { deletedAt: null } });
    await tx.articleEvent.create({ data: { workspaceId: actor.workspaceId, articleId, actorId: actor.userId, kind: 'restored' } });
  });
  return { id: articleId };
}

/** "Recently deleted" in the settings: what an admin can still restore, newest first. */
export async function listDeletedArticles(actor: Actor): Promise<DeletedArticleDto[]> {
  requirePermission(actor, 'workspace.manage');
  const since = new Date(Date.now() - RESTORE_DAYS * DAY_MS);
  const rows = await db.article.findMany({
    where: { workspaceId: actor.workspaceId, deletedAt: { gte: since } },
    orderBy: { deletedAt: 'desc' },
    take: 200,
    select: { id: true, title: true, deletedAt: true, deletedById: true },
  });
  const ids = [...new Set(rows.map((r) => r.deletedById).filter((id): id is string => Boolean(id)))];
  const users = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  return rows.map((r) => {
    const deletedAt = r.deletedAt ?? new Date();
    return {
      id: r.id,
      title: r.title,
      deletedAt: deletedAt.toISOString(),
      deletedByName: (r.deletedById && names.get(r.deletedById)) || null,
      purgeAfter: restorableUntil(deletedAt).toISOString(),
    };
  });
}

/** The purge job: articles deleted more than 30 days ago are removed for good (versions, claims and all cascade). */
export async function purgeDeletedArticles(now = new Date(), batch = 100): Promise<{ purged: number }> {
  const before = new Date(now.getTime() - RESTORE_DAYS * DAY_MS);
  const rows = await db.article.findMany({ where: { deletedAt: { lt: before } }, select: { id: true }, take: batch });
  if (rows.length === 0) return { purged: 0 };
  const ids = rows.map((r) => r.id);
  // Versions, claims and their history cascade; the search triggers remove their entries.
  await db.article.deleteMany({ where: { id: { in: ids }, deletedAt: { lt: before } } });
  return { purged: rows.length };
}
