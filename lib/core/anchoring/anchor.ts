// Re-finding a stored claim in a text that may have changed, after Hypothesis:
//   1. position: the stored position still holds the quote (and its context agrees) → done;
//   2. quote: the quote occurs exactly elsewhere → chosen by context and place;
//   3. fuzzy: approximate matches (approx-string-match, at most min(256, quote/2) errors),
//      scored by quote, prefix and suffix similarity and closeness (score-match.ts);
//   4. otherwise the claim is an orphan, shown apart with its quote, never dropped.
// Steps 2 and 3 are judged together by choose-match.ts, which would rather orphan a claim than
// move it onto other words. For many claims of one article use anchorAll (anchor-all.ts): its
// claims vouch for each other's places and it finds more of them, more safely.
// Stored positions are code points (W3C); results are UTF-16 offsets into `text`.

import { createOffsetIndex } from './code-points';
import type { OffsetIndex } from './code-points';
import { findFuzzyCandidates } from './fuzzy-candidates';
import { orphanFromChoice } from './orphan-reasons';
import { chooseMatch, MIN_QUOTE_SIMILARITY } from './choose-match';
import { localityAround, NO_LOCALITY, SINGLE_CLAIM_TOLERANCE } from './locality';
import type { Locality } from './locality';
import { scoreMatch } from './score-match';
import type { ScoredMatch } from './score-match';
import type { TextPositionSelector, TextQuoteSelector } from './selectors';
import { commonPrefixLength, commonSuffixLength, findAllExact } from './text-search';
import type { StringMatch } from './text-search';

export type AnchorableClaim = { quote: TextQuoteSelector; position?: TextPositionSelector };

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/**
 * - empty_quote: the stored quote is blank;
 * - not_found: nothing in the text is within a quarter of the quote's characters of it;
 * - low_score: similar text exists, but not where the claim was expected or not in its context;
 * - ambiguous: several places fit about equally well.
 */
export type OrphanReason = 'empty_quote' | 'not_found' | 'low_score' | 'ambiguous';

export type AnchoredClaim = {
  state: 'anchored';
  method: AnchorMethod;
  /** UTF-16 offsets into the text that was searched. */
  start: number;
  end: number;
  /** Match score in [0, 1]; absent for 'position', which is verified, not scored. */
  score?: number;
};

export type OrphanedClaim = {
  state: 'orphaned';
  reason: OrphanReason;
  /** Score of the best candidate that was rejected, if there was one. */
  bestScore?: number;
  /** The best place that was found and rejected (UTF-16 offsets into the text searched). */
  candidate?: { start: number; end: number; score: number };
  /** What was found and why it was rejected, in words an editor reads (orphan-reasons.ts). */
  detail?: string;
};

export type AnchorResult = AnchoredClaim | OrphanedClaim;

export type AnchorOptions = {
  /** The offset index of `text`; pass it when anchoring many claims on one text. */
  index?: OffsetIndex;
};

/** Context this long on one side, matching exactly, confirms a position hit. */
const CONFIRMING_CONTEXT = 8;
/** Exact occurrences of a common quote are pre-ranked cheaply; only this many are scored. */
const MAX_SCORED_OCCURRENCES = 8;

export function anchorClaim(text: string, claim: AnchorableClaim, options: AnchorOptions = {}): AnchorResult {
  const index = options.index ?? createOffsetIndex(text);
  // The old position is converted with the *new* text's index: it is only a hint to where the
  // claim was, and after edits it is approximate anyway.
  const hint = claim.position ? index.toUtf16(claim.position.start) : undefined;
  const locality = hint === undefined ? NO_LOCALITY : localityAround(hint, SINGLE_CLAIM_TOLERANCE, text.length);
  return resolveClaim(text, claim.quote, hint, locality);
}

/**
 * Steps 1–4 for one claim. `hint` is the old position in UTF-16 of `text`; `locality` says where
 * the claim is expected.
 */
export function resolveClaim(
  text: string,
  quote: TextQuoteSelector,
  hint: number | undefined,
  locality: Locality,
): AnchorResult {
  if (quote.exact.trim() === '') return { state: 'orphaned', reason: 'empty_quote' };
  if (hint !== undefined && isAtPosition(text, quote, hint)) {
    return { state: 'anchored', method: 'position', start: hint, end: hint + quote.exact.length };
  }
  const expected = locality.expected ?? hint;
  // Exact and approximate candidates are judged together: an edited true place must beat an
  // exact look-alike on context, and a perfect match elsewhere may rival a near one.
  // Matches too different to ever be accepted are dropped before their context is scored.
  const maxErrors = (1 - MIN_QUOTE_SIMILARITY) * quote.exact.length;
  const pool = new Map<string, ScoredMatch>();
  for (const match of [...exactOccurrences(text, quote, expected), ...findFuzzyCandidates(text, quote.exact, locality)]) {
    const key = `${match.start}:${match.end}`;
    if (match.errors <= maxErrors && !pool.has(key)) pool.set(key, scoreMatch(text, match, quote, expected));
  }
  const choice = chooseMatch([...pool.values()], locality, quote.exact.length);
  if (!choice.ok) return orphanFromChoice(text, quote, choice);
  const method = choice.match.quoteScore === 1 ? 'quote' : 'fuzzy';
  return { state: 'anchored', method, start: choice.match.start, end: choice.match.end, score: choice.match.score };
}

/**
 * Step 1: the quote is still at its old position. One side of the context must agree as well,
 * so that another occurrence that happens to have moved onto the old offset is not taken for
 * the claim; when the quote occurs only once, that cannot happen.
 */
export function isAtPosition(text: string, quote: TextQuoteSelector, start: number): boolean {
  if (!text.startsWith(quote.exact, start)) return false;
  const end = start + quote.exact.length;
  const before = text.slice(Math.max(0, start - quote.prefix.length), start);
  const after = text.slice(end, end + quote.suffix.length);
  if (commonSuffixLength(before, quote.prefix) >= Math.min(CONFIRMING_CONTEXT, quote.prefix.length)) return true;
  if (commonPrefixLength(after, quote.suffix) >= Math.min(CONFIRMING_CONTEXT, quote.suffix.length)) return true;
  return findAllExact(text, quote.exact, 2).length === 1;
}

function exactOccurrences(text: string, quote: TextQuoteSelector, expected: number | undefined): StringMatch[] {
  const length = quote.exact.length;
  let starts = findAllExact(text, quote.exact);
  if (starts.length > MAX_SCORED_OCCURRENCES) {
    // Cheap pre-ranking by how much context agrees right next to the occurrence, then by
    // distance to the expected place; the expensive similarity is computed for the top few.
    const adjacent = (s: number) =>
      commonSuffixLength(text.slice(Math.max(0, s - quote.prefix.length), s), quote.prefix) +
      commonPrefixLength(text.slice(s + length, s + length + quote.suffix.length), quote.suffix);
    const distance = (s: number) => (expected === undefined ? 0 : Math.abs(s - expected));
    starts = starts
      .map((s) => ({ s, adjacent: adjacent(s), distance: distance(s) }))
      .sort((a, b) => b.adjacent - a.adjacent || a.distance - b.distance)
      .slice(0, MAX_SCORED_OCCURRENCES)
      .map(({ s }) => s);
  }
  return starts.map((start) => ({ start, end: start + length, errors: 0 }));
}
