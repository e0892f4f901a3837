// Deciding which candidate, if any, is the claim. What keeps highlights off other words:
//  - near the expected place (locality.ts), a candidate needs a nearly identical quote, one
//    side of its context intact and its own sentence unchanged on both sides;
//  - far from it, only a perfect match (quote and both contexts exact) of a quote long enough
//    not to recur by chance, and only when nothing like the quote remains where it was expected;
//  - two places that fit about equally well make the claim ambiguous, an orphan, unless exactly
//    one of them is a perfect match precisely where a prediction says.
// The thresholds were set on generated news text full of template sentences (testing/), with
// zero wrong placements over 150 revised 50,000-word articles as the requirement.

import type { Locality } from './locality';
import { isPerfect } from './score-match';
import type { ScoredMatch } from './score-match';

/** A corrected figure or a synonym, not a different sentence: at most a quarter of the quote… */
export const MIN_QUOTE_SIMILARITY = 0.75;
/** …and never more than this many edited characters, however long the quote. */
export const MAX_QUOTE_ERRORS = 16;
/** Near the expected place, one side of the context must still be (almost) intact. */
export const MIN_INTACT_SIDE = 0.9;
/** Weighted quote-and-context score below which a near candidate is not trusted. */
export const MIN_EVIDENCE = 0.8;
/**
 * Far away, the quote must be at least this long: a template sentence may repeat a short
 * quote with identical context; 32 + 32 + 32 identical characters practically never recur.
 */
export const MIN_FAR_QUOTE_LENGTH = 32;
/** A near candidate this similar to the quote means the claim may still be where it was. */
const PLAUSIBLE_QUOTE_SIMILARITY = 0.9;
/**
 * Two places closer than this in evidence are indistinguishable. Generous on purpose: a
 * sentence that repeats the claim with another year can outscore the true place whose
 * neighbouring sentence was replaced, by a few hundredths.
 */
export const AMBIGUITY_MARGIN = 0.1;

export type Choice =
  | { ok: true; match: ScoredMatch }
  | {
      ok: false;
      reason: 'not_found' | 'low_score' | 'ambiguous';
      bestScore?: number;
      /** The best candidate that was rejected, and how many places fitted about as well. */
      best?: ScoredMatch;
      places?: number;
      /** Why the best candidate was rejected: 'far' (not where the claim was expected), 'short' (too short to trust far away), 'weak' (quote or context too different). */
      rejected?: 'far' | 'short' | 'weak' | 'rivals' | 'still_here';
    };

export function isAcceptableNear(match: ScoredMatch, quoteLength: number): boolean {
  const errors = Math.round((1 - match.quoteScore) * quoteLength);
  return (
    match.quoteScore >= MIN_QUOTE_SIMILARITY &&
    errors <= MAX_QUOTE_ERRORS &&
    Math.max(match.prefixScore, match.suffixScore) >= MIN_INTACT_SIDE &&
    match.prefixConsistent &&
    match.suffixConsistent &&
    match.evidence >= MIN_EVIDENCE
  );
}

export function chooseMatch(candidates: readonly ScoredMatch[], locality: Locality, quoteLength: number): Choice {
  if (candidates.length === 0) return { ok: false, reason: 'not_found' };
  const near = candidates.filter((m) => locality.isNear(m.start, m.end));
  const farPerfect = candidates.filter((m) => !locality.isNear(m.start, m.end) && isPerfect(m));
  const nearAcceptable = near.filter((m) => isAcceptableNear(m, quoteLength));

  if (nearAcceptable.length > 0) {
    const ranked = [...nearAcceptable].sort((a, b) => b.evidence - a.evidence || b.score - a.score);
    const best = ranked[0] as ScoredMatch;
    // A perfect match elsewhere rivals any near candidate: the claim may have moved (with
    // its paragraph) and what is left here may be a look-alike.
    const alike = locality.rough ? ranked : ranked.filter((m) => m.evidence > best.evidence - AMBIGUITY_MARGIN);
    const rivals = [...alike, ...farPerfect].filter((m) => m.end <= best.start || m.start >= best.end);
    return pickUnlessAmbiguous(best, rivals, locality);
  }

  const farAcceptable = quoteLength >= MIN_FAR_QUOTE_LENGTH ? farPerfect : [];
  if (farAcceptable.length > 0) {
    const stillHere = near.some((m) => m.quoteScore >= PLAUSIBLE_QUOTE_SIMILARITY);
    const best = farAcceptable[0] as ScoredMatch;
    if (stillHere || farAcceptable.length > 1) {
      return { ok: false, reason: 'ambiguous', bestScore: best.score, best, places: farAcceptable.length + (stillHere ? 1 : 0), rejected: stillHere ? 'still_here' : 'rivals' };
    }
    return { ok: true, match: best };
  }

  const best = [...candidates].sort((a, b) => b.score - a.score)[0] as ScoredMatch;
  const rejected = near.includes(best) ? 'weak' : isPerfect(best) ? 'short' : 'far';
  return { ok: false, reason: 'low_score', bestScore: best.score, best, places: 1, rejected };
}

function pickUnlessAmbiguous(best: ScoredMatch, rivals: readonly ScoredMatch[], locality: Locality): Choice {
  if (rivals.length === 0) return { ok: true, match: best };
  // Only a perfect match exactly where predicted settles it: the text around it is unchanged.
  const predicted = [best, ...rivals].filter((m) => isPerfect(m) && locality.isPredictedExactly(m.start));
  if (predicted.length === 1) return { ok: true, match: predicted[0] as ScoredMatch };
  return { ok: false, reason: 'ambiguous', bestScore: best.score, best, places: rivals.length + 1, rejected: 'rivals' };
}
