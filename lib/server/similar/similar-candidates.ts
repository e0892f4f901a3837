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
  /** The desk claim's verdict is retired from the scale: it cannot be given to another claim. */
  verdictRetired: boolean;
  status: string | null;
  articleId: string | null;
  articleTitle: string | null;
  publisher: string | null;
  url: string | null;
  date: Date | null;
};

/** Candidates pre-filtered in PostgreSQL before the pure score re-ranks them (decisions 027, 031). */
const DESK_CANDIDATES = 200;
const REFERENCE_CANDIDATES = 20;
/** A term of a statement's key found in fewer claims of the workspace than this is "rare". */
const RARE_BELOW = 100;
/** With no rare term at all ("prices increased"), the few least common terms stand in. */
const FALLBACK_TERMS = 2;

/**
 * The desk's claims most likely to say the same as the statement whose key is `key`, in one
 * query: the claims sharing a rare term of it (found in fewer than RARE_BELOW claims of the
 * workspace; with none rare, its least common few), the most shared terms first. A claim sharing
 * only very common terms ("increas", "minister") with a statement is not the same claim
 * (compareClaims weighs the rest). A word-level pre-filter like the in-memory index of
 * lib/core/suggestions it feeds, not trigram similarity over whole keys: statements share many
 * trigrams, which made `%` recheck thousands of rows (decision 027).
 * The GIN index `claim_similarity_terms_idx` is on the expression `string_to_array(key, ' ')`,
 * so `@>` (has the term) and `&&` (shares one) read posting lists; counting a term stops at
 * RARE_BELOW, so a common term costs at most that many reads.
 */
export async function findDeskCandidates(workspaceId: string, key: string, excludeClaimId: string): Promise<SimilarCandidate[]> {
  const terms = [...new Set(key.split(' ').filter(Boolean))];
  if (terms.length === 0) return [];
  return db.$queryRaw<SimilarCandidate[]>`
    WITH frequency AS (
      SELECT t AS term, (
        SELECT count(*) FROM (
          SELECT 1 FROM claim c
          WHERE string_to_array(c."similarityKey", ' ') @> ARRAY[t] AND c."workspaceId" = ${workspaceId}
          LIMIT ${RARE_BELOW}
        ) found
      ) AS claims
      FROM unnest(${terms}::text[]) AS t
    ),
    lookup AS (
      SELECT coalesce(
        (SELECT array_agg(term) FROM frequency WHERE claims < ${RARE_BELOW}),
        (SELECT array_agg(term) FROM (SELECT term FROM frequency ORDER BY claims, term LIMIT ${FALLBACK_TERMS}) least)
      ) AS terms
    ),
    found AS (
      SELECT c.id,
             cardinality(ARRAY(SELECT unnest(string_to_array(c."similarityKey", ' ')) INTERSECT SELECT unnest(${terms}::text[]))) AS shared
      FROM claim c
      WHERE string_to_array(c."similarityKey", ' ') && (SELECT terms FROM lookup)
        AND c."workspaceId" = ${workspaceId} AND c."deletedAt" IS NULL AND c.id <> ${excludeClaimId}
      ORDER BY shared DESC, c.id
      LIMIT ${DESK_CANDIDATES}
    )
    SELECT 'desk' AS source, c.id, COALESCE(NULLIF(c.statement, ''), c.exact) AS statement, c."similarityKey" AS "searchKey",
           r.label AS verdict, r."retiredAt" IS NOT NULL AS "verdictRetired", c.status::text AS status, c."articleId", a.title AS "articleTitle",
           NULL AS publisher, NULL AS url, COALESCE(c."publishedAt", c."createdAt") AS date
    FROM found JOIN claim c ON c.id = found.id
    JOIN article a ON a.id = c."articleId"
    LEFT JOIN rating r ON r.id = c."ratingId"
    ORDER BY found.shared DESC, c.id`;
}

// A reference library holds hundreds or a few thousand reviews: pg_trgm's `%` (default
// threshold 0.3) on the GIN trigram index of the key is quick at that size.
export async function findReferenceCandidates(workspaceId: string, key: string): Promise<SimilarCandidate[]> {
  return db.$queryRaw<SimilarCandidate[]>`
    SELECT 'reference' AS source, id, "claimReviewed" AS statement, "similarityKey" AS "searchKey",
           NULLIF("ratingName", '') AS verdict, false AS "verdictRetired", NULL AS status, NULL AS "articleId", NULL AS "articleTitle",
           publisher, url, "reviewedAt" AS date
    FROM reference_review
    WHERE "workspaceId" = ${workspaceId} AND "similarityKey" % ${key}
    ORDER BY similarity("similarityKey", ${key}) DESC
    LIMIT ${REFERENCE_CANDIDATES}`;
}
