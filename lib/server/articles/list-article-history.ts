import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ArticleEventDto } from '@/lib/validations/article-revision';

/** The article's own history (metadata corrections, versions added, deletion, restore), newest first. */
export async function listArticleHistory(actor: Actor, articleId: string): Promise<ArticleEventDto[]> {
  requirePermission(actor, 'article.read');
  const article = await db.article.findFirst({ where: { id: articleId, workspaceId: actor.workspaceId, deletedAt: null }, select: { id: true } });
  if (!article) throw new AppError('not_found', 'Article not found.');
  const rows = await db.articleEvent.findMany({ where: { articleId }, orderBy: [{ at: 'desc' }, { id: 'desc' }], take: 500 });
  const ids = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => Boolean(id)))];
  const users = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    field: r.field,
    from: r.fromValue,
    to: r.toValue,
    actorName: r.actorId ? (names.get(r.actorId) ?? null) : null,
    at: r.at.toISOString(),
  }));
}
