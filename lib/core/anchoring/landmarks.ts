// Landmarks: claims found unambiguously, used to predict where the others are. Text between two
// neighbouring claims moves together — an insertion before both shifts both by the same amount,
// a moved paragraph carries its claims along — so a landmark's shift (new start minus old
// start) predicts its neighbours' shift. A candidate is near (locality.ts) only if
//  - it agrees with a landmark next to the claim's *old* place,
//  - its shift lies between those of the landmarks on either side (give or take a sentence),
//  - it agrees with a landmark next to its own *new* place (it is not text from elsewhere),
//  - it does not overlap a landmark's passage that the claim did not overlap before.
//
// Positions are code points throughout (old positions come from TextPositionSelectors; new ones
// are converted with the new text's index), so astral characters cannot skew the arithmetic.

import type { OffsetIndex } from './code-points';
import type { Locality, Window } from './locality';

export type Landmark = {
  /** Old range of the quote, and the old span covered by quote and context, in code points. */
  old: number;
  oldEnd: number;
  oldFrom: number;
  oldTo: number;
  /** New range of the quote, in code points of the new text. */
  start: number;
  end: number;
};

/** Landmarks sorted by old and by new position, built once for many claims. */
export type LandmarkSet = { byOld: readonly Landmark[]; byNew: readonly Landmark[] };

/** Slack for edits between a claim and its landmark: about one inserted or deleted sentence. */
const NEIGHBOUR_TOLERANCE = 160;
/** Beyond this, a distant landmark says little; only perfect matches are trusted there. */
const MAX_TOLERANCE = 2_000;
/** An isolated group of landmarks must have verified this much text to be believed. */
const MIN_TRUSTED_SPAN = 200;

const shiftOf = (l: Landmark) => l.start - l.old;

/**
 * How far a claim `distance` code points from a landmark may be from where the landmark says:
 * a sentence or two of edits, plus a quarter of the text in between (a revision rarely rewrites
 * more than that; allowing all of it would let a look-alike two sentences away qualify).
 */
function toleranceAt(distance: number): number {
  return Math.min(MAX_TOLERANCE, NEIGHBOUR_TOLERANCE + distance / 4);
}

/** Whether a claim at old position `old`, found at new position `start`, agrees with `l`. */
function agrees(l: Landmark, old: number, start: number): boolean {
  const distance = Math.min(Math.abs(old - l.old), Math.abs(start - l.start));
  return Math.abs(start - old - shiftOf(l)) <= toleranceAt(distance);
}

/**
 * Drops groups of landmarks that disagree with the groups around them unless they cover enough
 * text to be believed: a moved paragraph with several claims stays, a lone short passage that
 * happens to recur word for word elsewhere (the same template sentence, the same filler) goes.
 * `found` must be sorted by old position.
 */
export function trustedLandmarks(found: readonly Landmark[]): Landmark[] {
  const runs: Landmark[][] = [];
  for (const landmark of found) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && agrees(last, landmark.old, landmark.start)) run.push(landmark);
    else runs.push([landmark]);
  }
  return runs
    .filter((run, r) => {
      const first = run[0] as Landmark;
      const span = Math.max(...run.map((l) => l.oldTo)) - Math.min(...run.map((l) => l.oldFrom));
      if (span >= MIN_TRUSTED_SPAN || runs.length === 1) return true;
      const before = runs[r - 1]?.at(-1);
      const after = runs[r + 1]?.[0];
      return (before && agrees(before, first.old, first.start)) || (after && agrees(after, first.old, first.start));
    })
    .flat();
}

export function indexLandmarks(trusted: readonly Landmark[]): LandmarkSet {
  return { byOld: [...trusted].sort((a, b) => a.old - b.old), byNew: [...trusted].sort((a, b) => a.start - b.start) };
}

/** Locality of a claim whose quote was at [old, oldEnd) (code points of the old text). */
export function localityFromLandmarks(set: LandmarkSet, old: number, oldEnd: number, index: OffsetIndex): Locality {
  const around = neighbours(set.byOld, old, (l) => l.old);
  const windows: Window[] = around.map((l) => {
    const tolerance = toleranceAt(Math.abs(old - l.old));
    const predicted = old + shiftOf(l);
    return { start: index.toUtf16(predicted - tolerance), end: index.toUtf16(predicted + tolerance) };
  });
  const predictions = around.map((l) => index.toUtf16(old + shiftOf(l)));
  return {
    windows,
    expected: predictions[0],
    isNear(startUtf16, endUtf16) {
      const start = index.toCodePoint(startUtf16);
      const end = index.toCodePoint(endUtf16, 'end');
      const local = neighbours(set.byNew, start, (l) => l.start);
      return (
        around.some((l) => agrees(l, old, start)) &&
        between(around, start - old) &&
        local.some((l) => agrees(l, old, start)) &&
        !intrudes(set.byNew, { old, oldEnd, start, end })
      );
    },
    isPredictedExactly: (start) => predictions.includes(start),
    rough: false,
  };
}

/**
 * Whether the candidate overlaps a landmark's new text although the claim did not overlap it
 * before. Text that was apart stays apart under insertions, deletions and moves, so such a
 * candidate is a look-alike inside another claim's passage.
 */
function intrudes(byNew: readonly Landmark[], c: { old: number; oldEnd: number; start: number; end: number }): boolean {
  const from = Math.max(0, firstAtOrAfter(byNew, c.start, (l) => l.start) - 8);
  for (let i = from; i < byNew.length; i++) {
    const l = byNew[i] as Landmark;
    if (l.start >= c.end) break;
    const overlapsNow = l.start < c.end && c.start < l.end;
    const overlappedBefore = l.old < c.oldEnd && c.old < l.oldEnd;
    if (overlapsNow && !overlappedBefore) return true;
  }
  return false;
}

/**
 * With landmarks on both sides, the claim's shift lies between theirs (the edits between them
 * happened before or after the claim), give or take a sentence: edits may partly cancel out.
 */
function between(around: readonly Landmark[], shift: number): boolean {
  if (around.length < 2) return true;
  const shifts = around.map(shiftOf);
  return shift >= Math.min(...shifts) - NEIGHBOUR_TOLERANCE && shift <= Math.max(...shifts) + NEIGHBOUR_TOLERANCE;
}

/** The nearest landmarks before and after `position` (by `key`), the closer one first. */
function neighbours(sorted: readonly Landmark[], position: number, key: (l: Landmark) => number): Landmark[] {
  const lo = firstAtOrAfter(sorted, position, key);
  const found = [sorted[lo - 1], sorted[lo]].filter((l): l is Landmark => l !== undefined);
  return found.sort((a, b) => Math.abs(key(a) - position) - Math.abs(key(b) - position));
}

/** Index of the first landmark whose `key` is at or after `position` (binary search). */
function firstAtOrAfter(sorted: readonly Landmark[], position: number, key: (l: Landmark) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(sorted[mid] as Landmark) < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
