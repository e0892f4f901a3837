// String search primitives shared by quote location (exact only) and re-anchoring (exact, then
// approximate). All offsets are UTF-16.

import approxSearch from 'approx-string-match';

export type StringMatch = { start: number; end: number; errors: number };

/**
 * Start offsets of every occurrence of `needle`, overlapping ones included. Stops after `limit`
 * occurrences so a very common quote cannot turn one lookup into thousands of candidates.
 */
export function findAllExact(text: string, needle: string, limit = Number.POSITIVE_INFINITY): number[] {
  const starts: number[] = [];
  if (needle.length === 0) return starts;
  for (let at = text.indexOf(needle); at !== -1 && starts.length < limit; at = text.indexOf(needle, at + 1)) {
    starts.push(at);
  }
  return starts;
}

/**
 * The lowest-error approximate matches of `pattern` in `text` (Myers' bit-parallel algorithm,
 * the library Hypothesis uses). Only matches with the minimum error count are returned.
 */
export function findApproximate(text: string, pattern: string, maxErrors: number): StringMatch[] {
  if (pattern.length === 0 || text.length === 0) return [];
  return approxSearch(text, pattern, maxErrors);
}

/**
 * Similarity in [0, 1] of `actual` to `expected`: 1 minus the edit distance of the best
 * alignment of `expected` anywhere inside `actual`, relative to `expected`'s length — what
 * Hypothesis's `textMatchScore` computes with approx-string-match. Used for the 32-character
 * contexts, where this small dynamic programme is several times cheaper than setting up the
 * bit-parallel search.
 */
export function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return actual.length === 0 ? 1 : 0;
  if (actual === expected) return 1;
  // Sellers' algorithm: row i holds the cost of aligning expected[0, i) so that it ends at
  // each position of `actual`; row 0 is all zeros because the alignment may start anywhere.
  let previous = new Uint32Array(actual.length + 1);
  let current = new Uint32Array(actual.length + 1);
  for (let i = 1; i <= expected.length; i++) {
    current[0] = i;
    const code = expected.charCodeAt(i - 1);
    for (let j = 1; j <= actual.length; j++) {
      const substitution = (previous[j - 1] as number) + (code === actual.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1);
    }
    [previous, current] = [current, previous];
  }
  const errors = Math.min(...previous);
  return Math.max(0, 1 - errors / expected.length);
}

/** Levenshtein distance between `a` and `b` (two rows, O(|a|·|b|)). For short strings only. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Uint32Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (code === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}

/** Length of the common run at the end of `a` and the end of `b`. */
export function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** Length of the common run at the start of `a` and `b`. */
export function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}
