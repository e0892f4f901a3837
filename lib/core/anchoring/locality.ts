// Where a claim is expected in the new text. Locality is evidence of its own: news text
// repeats its phrases, and the features of a match (quote and context similarity) often cannot
// tell a slightly edited claim from a look-alike sentence elsewhere; being where the claim
// should be can. All offsets are UTF-16 offsets into the new text.

export type Window = { start: number; end: number };

export type Locality = {
  /** Ranges of the text in which an inexact match may be accepted (searched for fuzzy matches). */
  readonly windows: readonly Window[];
  /** Best guess of the claim's start, for the closeness tie-breaker. */
  readonly expected?: number;
  /** Whether a candidate at [start, end) is where the claim is expected. */
  isNear(start: number, end: number): boolean;
  /** Whether `start` is exactly where a prediction says (no net edit in between). */
  isPredictedExactly(start: number): boolean;
  /**
   * A rough locality (the old position alone) cannot tell neighbouring look-alikes apart:
   * then any other place in it that resembles the quote makes the claim ambiguous.
   */
  readonly rough: boolean;
};

/** Nothing is known about where the claim is: only perfect, distinctive matches can be trusted. */
export const NO_LOCALITY: Locality = {
  windows: [],
  isNear: () => false,
  isPredictedExactly: () => false,
  rough: true,
};

/**
 * Alone, a claim only knows its old position; edits before it shift it. A few paragraphs' worth
 * of shift is plausible; beyond that only a perfect match is trusted. anchorAll predicts far
 * more precisely from neighbouring claims (landmarks.ts).
 */
export const SINGLE_CLAIM_TOLERANCE = 2_000;

export function localityAround(expected: number, tolerance: number, textLength: number): Locality {
  return {
    windows: [{ start: Math.max(0, expected - tolerance), end: Math.min(textLength, expected + tolerance) }],
    expected,
    isNear: (start) => Math.abs(start - expected) <= tolerance,
    isPredictedExactly: (start) => start === expected,
    rough: true,
  };
}
