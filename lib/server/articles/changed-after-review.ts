import 'server-only';
import { db } from '@/lib/server/db/client';

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
      JOIN LATERAL (
        SELECT max(c."publishedAt") AS at FROM claim c
         WHERE c."articleId" = a.id AND c.status = 'published' AND c."deletedAt" IS NULL
      ) reviewed ON true
     WHERE a."workspaceId" = ${workspaceId}
       AND a.id = ANY(${[...articleIds]}::text[])
       AND v.number > 1
       AND v."importedAt" > reviewed.at
     GROUP BY v."articleId"`;
  return new Map(rows.map((r) => [r.articleId, r.changedAt]));
}
