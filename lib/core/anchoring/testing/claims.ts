// Claims as fact-checkers mark them on a generated article, and the grading of a re-anchored
// claim against the edit set's ground truth. "Wrongly placed" is the outcome that must never
// happen: a highlight sitting on words that are not the claim's.

import { walkTokens } from './article';
import type { ArticleModel, Token } from './article';
import type { Random } from './random';

export type ClaimSpan = { start: number; end: number };

/**
 * Picks `count` claim ranges (UTF-16, in the original text): whole sentences, runs of three or
 * more words inside a sentence, and pairs of adjacent sentences. Claims may overlap and nest.
 */
export function pickClaimRanges(random: Random, model: ArticleModel, count: number): ClaimSpan[] {
  const offsets = new Map<Token, number>();
  walkTokens(model, (token, offset) => offsets.set(token, offset));
  const span = (first: Token, last: Token): ClaimSpan => {
    const start = offsets.get(first) ?? 0;
    return { start, end: (offsets.get(last) ?? 0) + last.text.length };
  };

  const claims: ClaimSpan[] = [];
  while (claims.length < count) {
    const paragraph = random.pick(model.slice(1));
    const at = random.int(paragraph.length);
    const sentence = paragraph[at] ?? [];
    const next = paragraph[at + 1];
    const roll = random.next();
    const first = sentence[0];
    const last = sentence[sentence.length - 1];
    if (!first || !last) continue;
    if (roll < 0.35) {
      claims.push(span(first, last));
    } else if (roll < 0.85 && sentence.length > 3) {
      const from = random.int(sentence.length - 2);
      const to = random.between(from + 2, sentence.length - 1);
      claims.push(span(sentence[from] ?? first, sentence[to] ?? last));
    } else if (next && next.length > 0) {
      claims.push(span(first, next[next.length - 1] ?? last));
    }
  }
  return claims;
}

export type Placement = { state: 'anchored'; start: number; end: number } | { state: 'orphaned' };
export type Grade = 'right' | 'orphaned' | 'wrong';

/**
 * Grades where a claim ended up in the edited text.
 * - Claim words all survived in one piece: right only at exactly their new range.
 * - Claim partly edited: right if the placement covers mostly the surviving words (at least
 *   half of the larger of the two ranges overlaps), since a fuzzy match may include or leave
 *   out a rewritten word at its edge.
 * - Claim words all deleted: any placement is wrong.
 */
export function gradePlacement(
  originalText: string,
  editedText: string,
  originToNew: Int32Array,
  claim: ClaimSpan,
  placement: Placement,
): Grade {
  if (placement.state === 'orphaned') return 'orphaned';
  let first = -1;
  let last = -1;
  let survivors = 0;
  for (let i = claim.start; i < claim.end; i++) {
    const to = originToNew[i] ?? -1;
    if (to < 0) continue;
    survivors++;
    if (first < 0 || to < first) first = to;
    if (to > last) last = to;
  }
  if (survivors === 0) return 'wrong';
  const expected = { start: first, end: last + 1 };
  const quote = originalText.slice(claim.start, claim.end);
  // Intact: same characters, and not the start of a longer, rewritten word ("registereds").
  const wordGoesOn = /[\p{L}\p{N}]/u.test(editedText[expected.end] ?? '');
  if (editedText.slice(expected.start, expected.end) === quote && !wordGoesOn) {
    return placement.start === expected.start && placement.end === expected.end ? 'right' : 'wrong';
  }
  const overlap = Math.min(placement.end, expected.end) - Math.max(placement.start, expected.start);
  const larger = Math.max(placement.end - placement.start, expected.end - expected.start);
  return overlap >= larger / 2 ? 'right' : 'wrong';
}

export type GradeCounts = Record<Grade, number>;

export function countGrades(grades: readonly Grade[]): GradeCounts {
  const counts: GradeCounts = { right: 0, orphaned: 0, wrong: 0 };
  for (const grade of grades) counts[grade]++;
  return counts;
}
