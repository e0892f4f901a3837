import 'server-only';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import type { ArticleSummaryDto } from '@/lib/validations/article';
import { changedAfterReviewAt } from './changed-after-review';

export type ArticleRow = Pick<ArticleSummaryDto, 'id' | 'title' | 'sourceUrl' | 'author' | 'outlet'> & { publishedAt: Date | null; createdAt: Date };

/** A page of articles as the list shows them: claims counted by status, changed since review. */
export async function summariseArticles(actor: Actor, articles: ArticleRow[]): Promise<ArticleSummaryDto[]> {
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
