import 'server-only';
import { db, Prisma } from '@/lib/server/db/client';

/**
 * "Changed since review", defined once: the article has a version imported after the last time
 * one of its claims was published (the newest `publishedAt` among claims that are published now
 * and not deleted). The answer is when the story was first seen changed after that publication —
 * the importedAt of the earliest such version — or nothing: never reviewed, or not changed since.
 *
 * Keyed by workspace as well as article ids. It does no permission check of its own: callers have
 * already decided the reader may see these articles (a member with article.read). The public pages
 * repeat this condition inside their one statement (share-links/read-shared-rows.ts): change both.
 */
export async function changedAfterReviewAt(workspaceId: string, articleIds: readonly string[]): Promise<Map<string, Date>> {
  if (articleIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ articleId: string; changedAt: Date }[]>`
    SELECT v."articleId" AS "articleId", min(v."importedAt") AS "changedAt"
      FROM article_version v
      JOIN article a ON a.id = v."articleId"
     WHERE a."workspaceId" = ${workspaceId}
       AND a.id = ANY(${[...articleIds]}::text[])
       AND ${changedVersion(Prisma.raw('v'), Prisma.raw('a.id'))}
     GROUP BY v."articleId"`;
  return new Map(rows.map((r) => [r.articleId, r.changedAt]));
}

/** The same rule as a condition on an article row (`article` is its id column), for the list's filter. */
export function changedSinceReview(article: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM article_version v WHERE v."articleId" = ${article} AND ${changedVersion(Prisma.raw('v'), article)})`;
}

// A version of the article imported after its newest published verdict (never, if it has none).
function changedVersion(version: Prisma.Sql, article: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${version}.number > 1 AND ${version}."importedAt" > (
    SELECT max(c."publishedAt") FROM claim c WHERE c."articleId" = ${article} AND c.status = 'published' AND c."deletedAt" IS NULL)`;
}
