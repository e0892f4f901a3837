import { describe, expect, test } from 'vitest';
import { claimTruth, emptyFigures, gradeOutcome, quality, tally } from './ground-truth';

// "The mayor said 12 percent." → an edited revision, with the map of each old character.
const original = 'Intro. The mayor said 12 percent. Outro.';
function revision(text: string, map: (i: number) => number, moved: number[] = []) {
  const originToNew = Int32Array.from({ length: original.length }, (_, i) => map(i));
  const movedFlags = new Uint8Array(original.length);
  for (const i of moved) movedFlags[i] = 1;
  return { text, originToNew, moved: movedFlags };
}
const claim = { start: 7, end: 33 }; // "The mayor said 12 percent."

describe('what became of a claim, and how a placement is graded', () => {
  test('unchanged: same words where they were; right only on exactly them', () => {
    const truth = claimTruth(original, revision(original, (i) => i), claim);
    expect(truth).toEqual({ category: 'unchanged', span: claim });
    expect(gradeOutcome(truth, { state: 'anchored', ...claim })).toBe('right');
    expect(gradeOutcome(truth, { state: 'anchored', start: 7, end: 32 })).toBe('wrong');
    expect(gradeOutcome(truth, { state: 'orphaned' })).toBe('orphaned');
  });

  test('moved: same words in a paragraph that moved', () => {
    const text = `Outro.\n\n${original.slice(0, 33)}`;
    const truth = claimTruth(original, revision(text, (i) => (i < 33 ? i + 8 : -1), [...Array(33).keys()]), claim);
    expect(truth).toEqual({ category: 'moved', span: { start: 15, end: 41 } });
  });

  test('edited: a figure changed; right when the placement covers at least 90% of the longer range', () => {
    const text = 'Intro. The mayor said 15 percent. Outro.';
    const truth = claimTruth(original, revision(text, (i) => i), claim);
    expect(truth).toEqual({ category: 'edited', span: claim });
    expect(gradeOutcome(truth, { state: 'anchored', start: 7, end: 32 })).toBe('right');
    expect(gradeOutcome(truth, { state: 'anchored', start: 7, end: 21 })).toBe('wrong');
  });

  test('deleted: none of its characters is left; any placement is wrong', () => {
    const truth = claimTruth(original, revision('Intro. Outro.', (i) => (i < 7 ? i : i >= 34 ? i - 27 : -1)), claim);
    expect(truth).toEqual({ category: 'deleted' });
    expect(gradeOutcome(truth, { state: 'anchored', start: 0, end: 6 })).toBe('wrong');
    expect(gradeOutcome(truth, { state: 'orphaned' })).toBe('orphaned');
  });

  test('figures per category add up to the quality the issue sets', () => {
    const truths = [
      { category: 'unchanged' as const, span: claim },
      { category: 'edited' as const, span: claim },
      { category: 'edited' as const, span: claim },
      { category: 'deleted' as const },
    ];
    const figures = tally(emptyFigures(), truths, ['right', 'right', 'orphaned', 'wrong']);
    expect(figures.edited).toEqual({ claims: 2, right: 1, wrong: 0, orphaned: 1 });
    expect(figures.deleted).toEqual({ claims: 1, right: 0, wrong: 1, orphaned: 0 });
    expect(quality(figures)).toEqual({ wrong: 1, surviving: 3, placedRight: 2, share: 2 / 3, unchangedOrphaned: 0 });
  });
});
