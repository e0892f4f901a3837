// What became of each claim in an edit set, and how a re-anchoring outcome is graded against it.
//
// Category (from the generator's character map, not from any anchoring):
//   - deleted: none of the claim's characters is in the new text;
//   - unchanged: its words are in the new text exactly as they were (same characters, same
//     whitespace), in a paragraph that stayed where it was;
//   - moved: the same, in a paragraph that was moved;
//   - edited: some of its characters survive, but the text from its first to its last surviving
//     character is not the old quote (words replaced or inserted inside it, punctuation or quotes
//     changed, a paragraph split or joined inside it, a part deleted).
// The right words ("truth") are the new text from the first to the last surviving character,
// widened to whole words (a rewritten word is the claim's word, edited).
//
// Grade of a placement:
//   - deleted claim: any placement is wrong; orphaned is what should happen;
//   - unchanged or moved claim: right only on exactly its words;
//   - edited claim: right when the placement and the truth overlap by at least 90% of the
//     longer of the two (a fuzzy match may include or leave out a character at an edge, not a word of
//     a long claim); otherwise wrong.

import type { ClaimSpan } from './claims';

export type Category = 'unchanged' | 'moved' | 'edited' | 'deleted';
export const CATEGORIES: readonly Category[] = ['unchanged', 'moved', 'edited', 'deleted'];

export type Truth = { category: Category; span?: ClaimSpan };

export type Outcome = 'right' | 'wrong' | 'orphaned';

export type EditedText = { text: string; originToNew: Int32Array; moved: Uint8Array };

/** Minimum overlap, as a share of the longer range, for an edited claim's placement to be right. */
export const MIN_RIGHT_OVERLAP = 0.9;

const isWordChar = (text: string, at: number) => /[\p{L}\p{N}]/u.test(text[at] ?? '');

export function claimTruth(originalText: string, edited: EditedText, claim: ClaimSpan): Truth {
  let first = -1;
  let last = -1;
  let moved = false;
  for (let i = claim.start; i < claim.end; i++) {
    const to = edited.originToNew[i] ?? -1;
    if (to < 0) continue;
    if (first < 0 || to < first) first = to;
    if (to > last) last = to;
    if (edited.moved[i]) moved = true;
  }
  if (first < 0) return { category: 'deleted' };
  let start = first;
  let end = last + 1;
  while (start > 0 && isWordChar(edited.text, start - 1) && isWordChar(edited.text, start)) start--;
  while (end < edited.text.length && isWordChar(edited.text, end - 1) && isWordChar(edited.text, end)) end++;
  const intact = edited.text.slice(start, end) === originalText.slice(claim.start, claim.end);
  return { category: intact ? (moved ? 'moved' : 'unchanged') : 'edited', span: { start, end } };
}

export type Placed = { state: 'anchored'; start: number; end: number } | { state: 'orphaned' };

export function gradeOutcome(truth: Truth, placement: Placed): Outcome {
  if (placement.state === 'orphaned') return 'orphaned';
  const span = truth.span;
  if (truth.category === 'deleted' || !span) return 'wrong';
  if (truth.category !== 'edited') return placement.start === span.start && placement.end === span.end ? 'right' : 'wrong';
  const overlap = Math.min(placement.end, span.end) - Math.max(placement.start, span.start);
  const longer = Math.max(placement.end - placement.start, span.end - span.start);
  return overlap >= MIN_RIGHT_OVERLAP * longer ? 'right' : 'wrong';
}

export type CategoryFigures = Record<Outcome, number> & { claims: number };
export type Figures = Record<Category, CategoryFigures>;

export function emptyFigures(): Figures {
  const zero = (): CategoryFigures => ({ claims: 0, right: 0, wrong: 0, orphaned: 0 });
  return { unchanged: zero(), moved: zero(), edited: zero(), deleted: zero() };
}

/** Adds each claim's outcome to the figures of its category. */
export function tally(figures: Figures, truths: readonly Truth[], outcomes: readonly Outcome[]): Figures {
  truths.forEach((truth, i) => {
    const row = figures[truth.category];
    row.claims++;
    row[outcomes[i] as Outcome]++;
  });
  return figures;
}

/**
 * The quality figures the issue sets: wrong placements (any category, deleted claims placed
 * included) and the share of surviving claims (unchanged, moved, edited) placed on their words.
 */
export function quality(figures: Figures): { wrong: number; surviving: number; placedRight: number; share: number; unchangedOrphaned: number } {
  const survivingRows = [figures.unchanged, figures.moved, figures.edited];
  const surviving = survivingRows.reduce((n, r) => n + r.claims, 0);
  const placedRight = survivingRows.reduce((n, r) => n + r.right, 0);
  const wrong = CATEGORIES.reduce((n, c) => n + figures[c].wrong, 0);
  return { wrong, surviving, placedRight, share: surviving === 0 ? 1 : placedRight / surviving, unchangedOrphaned: figures.unchanged.orphaned };
}
