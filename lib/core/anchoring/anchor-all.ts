// Re-anchoring every claim of an article at once. Besides building the offset index once, this
// lets claims vouch for each other (landmarks.ts): where a neighbour was found predicts where a
// claim should be far better than its old offset, which every edit before it shifts.
//
// Pass 1 finds the claims that look unambiguous on their own, cheapest test first:
//   a. still at the old position (the unchanged-text case: O(1) per claim);
//   b. perfect (quote and both contexts exact) at the old position plus the shift of the
//      previous claim found — after an insertion, all later claims share one shift;
//   c. the only perfect occurrence in the whole text.
// Groups that disagree with their surroundings and cover little text are then distrusted.
// Pass 2 resolves the rest (edited, moved, ambiguous or deleted claims) with predictions from
// the trusted landmarks.

import { createOffsetIndex } from './code-points';
import type { OffsetIndex } from './code-points';
import { isAtPosition, resolveClaim } from './anchor';
import type { AnchorableClaim, AnchoredClaim, AnchorResult } from './anchor';
import { indexLandmarks, localityFromLandmarks, trustedLandmarks } from './landmarks';
import type { Landmark } from './landmarks';
import { localityAround, NO_LOCALITY, SINGLE_CLAIM_TOLERANCE } from './locality';
import { isPerfectAt, scoreMatch } from './score-match';
import type { TextQuoteSelector } from './selectors';
import { findAllExact } from './text-search';

type Found = { claim: number; landmark: Landmark; result: AnchoredClaim };

/** Anchors many claims on one text. Results are in the order of `claims`. */
export function anchorAll(text: string, claims: readonly AnchorableClaim[]): AnchorResult[] {
  const index = createOffsetIndex(text);
  const order = claims
    .map((claim, i) => ({ i, old: claim.position?.start }))
    .filter((c): c is { i: number; old: number } => c.old !== undefined)
    .sort((a, b) => a.old - b.old);

  const found: Found[] = [];
  let shift: number | undefined;
  for (const { i, old } of order) {
    const claim = claims[i] as AnchorableClaim;
    if (claim.quote.exact.trim() === '') continue;
    const result = findOnItsOwn(text, index, claim.quote, old, shift);
    if (!result) continue;
    const start = index.toCodePoint(result.start);
    shift = start - old;
    const oldEnd = claim.position?.end ?? old;
    const landmark: Landmark = {
      old,
      oldEnd,
      oldFrom: old - [...claim.quote.prefix].length,
      oldTo: oldEnd + [...claim.quote.suffix].length,
      start,
      end: index.toCodePoint(result.end, 'end'),
    };
    found.push({ claim: i, landmark, result });
  }

  const trusted = new Set(trustedLandmarks(found.map((f) => f.landmark)));
  const results: (AnchorResult | undefined)[] = new Array(claims.length);
  for (const f of found) if (trusted.has(f.landmark)) results[f.claim] = f.result;

  const landmarks = indexLandmarks([...trusted]);
  return claims.map((claim, i) => {
    const done = results[i];
    if (done) return done;
    const position = claim.position;
    if (!position) return onlyOccurrence(text, claim.quote) ?? resolveClaim(text, claim.quote, undefined, NO_LOCALITY);
    if (trusted.size === 0) {
      // Without any landmark (few claims, or all of them edited) each claim stands alone.
      const hint = index.toUtf16(position.start);
      return resolveClaim(text, claim.quote, hint, localityAround(hint, SINGLE_CLAIM_TOLERANCE, text.length));
    }
    // The old position is not tried on its own here: pass 1 already did, and the landmarks
    // either did not confirm it or it did not hold the quote.
    const locality = localityFromLandmarks(landmarks, position.start, position.end, index);
    return resolveClaim(text, claim.quote, undefined, locality);
  });
}

function findOnItsOwn(
  text: string,
  index: OffsetIndex,
  quote: TextQuoteSelector,
  old: number,
  shift: number | undefined,
): AnchoredClaim | undefined {
  const hint = index.toUtf16(old);
  if (isAtPosition(text, quote, hint)) {
    return { state: 'anchored', method: 'position', start: hint, end: hint + quote.exact.length };
  }
  if (shift !== undefined) {
    const shifted = index.toUtf16(old + shift);
    if (isPerfectAt(text, quote, shifted)) return found(text, quote, shifted, hint);
  }
  const perfect = findAllExact(text, quote.exact).filter((start) => isPerfectAt(text, quote, start));
  return perfect.length === 1 ? found(text, quote, perfect[0] as number, hint) : undefined;
}

function found(text: string, quote: TextQuoteSelector, start: number, hint: number): AnchoredClaim {
  const end = start + quote.exact.length;
  const { score } = scoreMatch(text, { start, end, errors: 0 }, quote, hint);
  return { state: 'anchored', method: 'quote', start, end, score };
}

/**
 * A claim that never had a position (an annotation from a tool that records only the quote) has
 * no expected place, so the "far" rules would orphan any short quote. When the quote occurs
 * exactly once in the whole text there is nothing to confuse it with: it is the claim.
 */
function onlyOccurrence(text: string, quote: TextQuoteSelector): AnchoredClaim | null {
  if (quote.exact.trim() === '') return null;
  const starts = findAllExact(text, quote.exact, 2);
  if (starts.length !== 1) return null;
  const start = starts[0] as number;
  return { state: 'anchored', method: 'quote', start, end: start + quote.exact.length, score: 1 };
}
