import 'server-only';
import { db, Prisma } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { hasPositiveTerm, parseSearchQuery } from '@/lib/core/search/parse-query';
import type { ArticleSummaryDto } from '@/lib/validations/article';
import type { ArticleListQuery } from '@/lib/validations/article-list';
import { decodeCursor } from '@/lib/server/pagination/cursor';
import { toPage, type Page } from '@/lib/server/pagination/keyset';
import { buildTsQuery } from '@/lib/server/search/search-query';
import { changedSinceReview } from './changed-after-review';
import { summariseArticles, type ArticleRow } from './summarise-articles';

const DAY_MS = 24 * 60 * 60 * 1000;

type Filtered = { search: Prisma.Sql; conditions: Prisma.Sql[] };

/** The filters as conditions on `article a`, or null when the search has no word to look for. */
function filterConditions(actor: Actor, query: ArticleListQuery): Filtered | null {
  // A deleted article (decision 042) is listed only in Settings → Recently deleted.
  const conditions: Prisma.Sql[] = [Prisma.sql`a."deletedAt" IS NULL`];
  if (query.outlet !== undefined) conditions.push(Prisma.sql`a.outlet = ${query.outlet}`);
  if (query.importedFrom) conditions.push(Prisma.sql`a."createdAt" >= ${new Date(`${query.importedFrom}T00:00:00Z`)}`);
  // The last day counts whole: up to, not including, the midnight after it.
  if (query.importedTo) conditions.push(Prisma.sql`a."createdAt" < ${new Date(Date.parse(`${query.importedTo}T00:00:00Z`) + DAY_MS)}`);
  if (query.inReview) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM claim c WHERE c."articleId" = a.id AND c.status = 'needs_review' AND c."deletedAt" IS NULL)`);
  }
  if (query.changed) conditions.push(changedSinceReview(Prisma.raw('a.id')));
  if (query.q === undefined) return { search: Prisma.empty, conditions };
  // The header search's reading of the words (decision 021) on the article's own search entry
  // (title, outlet, author, text). Every word must match: a filter narrows, it never widens.
  const terms = parseSearchQuery(query.q);
  if (!hasPositiveTerm(terms)) return null;
  conditions.push(Prisma.sql`EXISTS (
    SELECT 1 FROM search_entry e
     WHERE e.id = 'article:' || a.id AND e."workspaceId" = ${actor.workspaceId} AND e.kind = 'article'
       AND e.vector @@ (SELECT query FROM search_terms))`);
  return { search: Prisma.sql`WITH search_terms AS MATERIALIZED (SELECT ${buildTsQuery(actor.workspaceId, terms, 'all')} AS query)`, conditions };
}

/**
 * One page of the workspace's articles, newest first, narrowed by the filters, with their claims
 * counted by status. The order and the cursor are the unfiltered list's (imported, id), so a page
 * continues strictly after the last row seen whatever is added meanwhile.
 */
export async function listArticles(actor: Actor, query: ArticleListQuery): Promise<Page<ArticleSummaryDto>> {
  requirePermission(actor, 'article.read');
  const filtered = filterConditions(actor, query);
  if (!filtered) return { items: [], nextCursor: null };
  const { search, conditions } = filtered;
  if (query.cursor) {
    const { at, id } = decodeCursor(query.cursor);
    conditions.push(Prisma.sql`a."createdAt" <= ${at} AND (a."createdAt" < ${at} OR a.id < ${id})`);
  }
  const rows = await db.$queryRaw<ArticleRow[]>`
    ${search}
    SELECT a.id, a.title, a."sourceUrl", a.author, a.outlet, a."publishedAt", a."createdAt"
      FROM article a
     WHERE ${Prisma.join([Prisma.sql`a."workspaceId" = ${actor.workspaceId}`, ...conditions], ' AND ')}
     ORDER BY a."createdAt" DESC, a.id DESC
     LIMIT ${query.limit + 1}`;
  const page = toPage(rows, query, (row) => row.createdAt);
  return { items: await summariseArticles(actor, page.items), nextCursor: page.nextCursor };
}

/** The outlets of the workspace's articles, for the list's outlet filter (alphabetical, at most 500). */
export async function listArticleOutlets(actor: Actor): Promise<string[]> {
  requirePermission(actor, 'article.read');
  const rows = await db.$queryRaw<{ outlet: string }[]>`
    SELECT DISTINCT outlet FROM article WHERE "workspaceId" = ${actor.workspaceId} AND "deletedAt" IS NULL AND outlet IS NOT NULL AND outlet <> ''
     ORDER BY outlet LIMIT 500`;
  return rows.map((row) => row.outlet);
}
