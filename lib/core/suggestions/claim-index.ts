// Finding the earlier claims most like a sentence among thousands, fast enough to run on every
// sentence of an imported article (bench: 2,000 words against 20,000 claims).
//
// An inverted index from each normal-form term and number to the claims that have it. A query
// adds up, per claim, the inverse document frequency of what it shares, keeps the claims that
// share a fair part of the query's weight, and scores only the best few with compareClaims.
// Scoring uses compareClaims' own weights, not the index's IDF, so the threshold measured on
// the labelled pairs (SIMILARITY_THRESHOLD) means the same here as for a single pair.
//
// Built in memory from a list of claims, each best with its stored `searchKey` (then building
// is splitting strings, and only a query's few candidates are normalised in full). For very
// large workspaces the data layer can pre-filter in PostgreSQL on the same key (decision 024).
import { compareClaims } from './claim-similarity';
import type { ClaimSimilarity } from './claim-similarity';
import { normalizeClaim } from './normalize-claim';
import type { NormalizedClaim } from './normalize-claim';

/**
 * The lowest similarity shown as "the same claim". Chosen on fixtures/claim-pairs*.txt so that
 * precision is at least 0.95 (bench prints the curve): a loosely related claim shown as a match
 * would tell a checker a claim was checked when it was not.
 */
export const SIMILARITY_THRESHOLD = 0.5;

export type ClaimMatch<T> = { claim: T; similarity: ClaimSimilarity };

export type FindOptions = { threshold?: number; limit?: number };

export type ClaimIndex<T> = {
  readonly size: number;
  /** The claims at least `threshold` alike to `text`, most alike first. */
  findSimilar(text: string, options?: FindOptions): ClaimMatch<T>[];
};

/** Candidates must share this part of the query's weight to be scored at all. */
const MIN_SHARED_WEIGHT = 0.25;
/** At most this many candidates are scored per query, the best-sharing first. */
const MAX_CANDIDATES = 40;

export type IndexableClaim = {
  statement: string;
  /** searchKey(statement), when stored with the claim: saves normalising every statement. */
  searchKey?: string;
};

export function createClaimIndex<T extends IndexableClaim>(claims: readonly T[]): ClaimIndex<T> {
  const postings = new Map<string, number[]>();
  claims.forEach((claim, position) => {
    for (const key of new Set((claim.searchKey ?? searchKey(claim.statement)).split(' '))) {
      if (!key) continue;
      const list = postings.get(key);
      if (list) list.push(position);
      else postings.set(key, [position]);
    }
  });
  // Only the few candidates of a query are normalised in full (names, surface forms).
  const normalized: (NormalizedClaim | undefined)[] = new Array(claims.length);
  const normalOf = (position: number) => (normalized[position] ??= normalizeClaim((claims[position] as T).statement));
  const idf = (key: string) => Math.log(1 + claims.length / (postings.get(key)?.length ?? 1));
  const shared = new Float64Array(claims.length);

  return {
    size: claims.length,
    findSimilar(text, { threshold = SIMILARITY_THRESHOLD, limit = 5 } = {}) {
      const query = normalizeClaim(text);
      const keys = keysOf(query);
      const total = keys.reduce((sum, key) => sum + idf(key), 0);
      const touched: number[] = [];
      for (const key of keys) {
        const list = postings.get(key);
        if (!list) continue;
        const weight = idf(key);
        for (const position of list) {
          if (shared[position] === 0) touched.push(position);
          shared[position] = (shared[position] as number) + weight;
        }
      }
      const candidates = touched
        .filter((position) => (shared[position] as number) >= MIN_SHARED_WEIGHT * total)
        .sort((a, b) => (shared[b] as number) - (shared[a] as number))
        .slice(0, MAX_CANDIDATES);
      for (const position of touched) shared[position] = 0;

      return candidates
        .map((position) => ({ claim: claims[position] as T, similarity: compareClaims(query, normalOf(position)) }))
        .filter((match) => match.similarity.score >= threshold)
        .sort((a, b) => b.similarity.score - a.similarity.score)
        .slice(0, limit);
    },
  };
}

function keysOf(claim: NormalizedClaim): string[] {
  return [...claim.terms, ...claim.numbers.map((value) => `#${value}`)];
}

/**
 * The normal form as one line of text, e.g. "pentagon #2000 troop syria": what to store beside
 * a published claim's statement (so indexing skips normalising it) and what PostgreSQL indexes
 * for the pre-filter (decision 024: `gin (search_key gin_trgm_ops)` or a 'simple' tsvector).
 */
export function searchKey(text: string): string {
  return keysOf(normalizeClaim(text)).join(' ');
}
