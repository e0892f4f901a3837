import 'server-only';
import { db } from '@/lib/server/db/client';

/** A desk claim or a reference review that may say the same as a statement. */
export type SimilarCandidate = {
  source: 'desk' | 'reference';
  id: string;
  statement: string;
  /** The stored normal form (lib/core/suggestions' searchKey): indexing it is string splitting. */
  searchKey: string;
  verdict: string | null;
  status: string | null;
  articleId: string | null;
  articleTitle: string | null;
  publisher: string | null;
  url: string | null;
  date: Date | null;
};

/** Candidates pre-filtered in PostgreSQL before the pure score re-ranks them (decision 027). */
const DESK_CANDIDATES = 50;
const REFERENCE_CANDIDATES = 20;

// `%` is pg_trgm's similarity operator at its default threshold (0.3), served by the GIN
// trigram index on the stored key. On the labelled pairs every pair scoring ≥ 0.5 with
// compareClaims has keys at least 0.34 alike, so the pre-filter drops no match the score keeps.
export async function findDeskCandidates(workspaceId: string, key: string, excludeClaimId: string): Promise<SimilarCandidate[]> {
  return db.$queryRaw<SimilarCandidate[]>`
    SELECT 'desk' AS source, c.id, COALESCE(NULLIF(c.statement, ''), c.exact) AS statement, c."similarityKey" AS "searchKey",
           r.label AS verdict, c.status::text AS status, c."articleId", a.title AS "articleTitle",
           NULL AS publisher, NULL AS url, COALESCE(c."publishedAt", c."createdAt") AS date
    FROM claim c
    JOIN article a ON a.id = c."articleId"
    LEFT JOIN rating r ON r.id = c."ratingId"
    WHERE c."workspaceId" = ${workspaceId} AND c."deletedAt" IS NULL AND c.id <> ${excludeClaimId}
      AND c."similarityKey" % ${key}
    ORDER BY similarity(c."similarityKey", ${key}) DESC
    LIMIT ${DESK_CANDIDATES}`;
}

export async function findReferenceCandidates(workspaceId: string, key: string): Promise<SimilarCandidate[]> {
  return db.$queryRaw<SimilarCandidate[]>`
    SELECT 'reference' AS source, id, "claimReviewed" AS statement, "similarityKey" AS "searchKey",
           NULLIF("ratingName", '') AS verdict, NULL AS status, NULL AS "articleId", NULL AS "articleTitle",
           publisher, url, "reviewedAt" AS date
    FROM reference_review
    WHERE "workspaceId" = ${workspaceId} AND "similarityKey" % ${key}
    ORDER BY similarity("similarityKey", ${key}) DESC
    LIMIT ${REFERENCE_CANDIDATES}`;
}
