import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ArticleDto, ArticleSummaryDto } from '@/lib/validations/article';
import type { PageQuery } from '@/lib/validations/pagination';
import { afterCursor, pageOrder, toPage, type Page } from '@/lib/server/pagination/keyset';
import { articleSelect, toArticleDto } from './article-shape';
import { changedAfterReviewAt } from './changed-after-review';

export async function getArticle(actor: Actor, articleId: string): Promise<ArticleDto | null> {
  requirePermission(actor, 'article.read');
  const row = await db.article.findFirst({ where: { id: articleId, workspaceId: actor.workspaceId }, select: articleSelect });
  return row ? toArticleDto(row) : null;
}

export async function requireArticle(actor: Actor, articleId: string): Promise<ArticleDto> {
  const article = await getArticle(actor, articleId);
  if (!article) throw new AppError('not_found', 'Article not found.');
  return article;
}

/** One page of the workspace's articles, newest first, with their claims counted by status. */
export async function listArticles(actor: Actor, query: PageQuery): Promise<Page<ArticleSummaryDto>> {
  requirePermission(actor, 'article.read');
  const rows = await db.article.findMany({
    where: { workspaceId: actor.workspaceId, ...afterCursor('createdAt', 'desc', query.cursor) },
    ...pageOrder('createdAt', 'desc', query),
    select: { id: true, title: true, sourceUrl: true, author: true, outlet: true, publishedAt: true, createdAt: true },
  });
  const page = toPage(rows, query, (row) => row.createdAt);
  return { items: await summarise(actor, page.items), nextCursor: page.nextCursor };
}

type ArticleRow = Pick<ArticleSummaryDto, 'id' | 'title' | 'sourceUrl' | 'author' | 'outlet'> & { publishedAt: Date | null; createdAt: Date };

async function summarise(actor: Actor, articles: ArticleRow[]): Promise<ArticleSummaryDto[]> {
  const ids = articles.map((a) => a.id);
  const counts = await db.claim.groupBy({
    by: ['articleId', 'status'],
    where: { workspaceId: actor.workspaceId, articleId: { in: ids }, deletedAt: null },
    _count: { _all: true },
  });
  const changed = await changedAfterReviewAt(actor.workspaceId, ids);
  const byArticle = new Map<string, Record<string, number>>();
  for (const row of counts) {
    const entry = byArticle.get(row.articleId) ?? {};
    entry[row.status] = row._count._all;
    byArticle.set(row.articleId, entry);
  }
  return articles.map((a) => {
    const statusCounts = byArticle.get(a.id) ?? {};
    return {
      ...a,
      publishedAt: a.publishedAt?.toISOString() ?? null,
      createdAt: a.createdAt.toISOString(),
      claimCount: Object.values(statusCounts).reduce((sum, n) => sum + n, 0),
      statusCounts,
      changedAfterReviewAt: changed.get(a.id)?.toISOString() ?? null,
    };
  });
}
