-- "Already checked?" pre-filters by the terms of the stored key (decision 027): a claim sharing a
-- rare term of the statement's key, read from a GIN index over the key split into an array.
-- Statements share so many trigrams that the pg_trgm index rechecked thousands of rows a query;
-- it is dropped (reference_review keeps its own: a library is small, and search uses it).
-- The expression index is not in schema.prisma: Prisma cannot express it, and its diff ignores it.

-- DropIndex
DROP INDEX "claim_similarity_key_trgm_idx";

CREATE INDEX "claim_similarity_terms_idx" ON "claim" USING GIN (string_to_array("similarityKey", ' '));
