import { describe, expect, it } from 'vitest';
import { diffParagraphs, diffWords, summarizeDiff } from './paragraph-diff';
import { diffSequences } from './sequence-diff';

describe('diffSequences', () => {
  it('keeps common items and marks the rest removed or added', () => {
    const ops = diffSequences(['a', 'b', 'c', 'd'], ['a', 'c', 'x', 'd']);
    expect(ops.map((o) => o.kind)).toEqual(['same', 'removed', 'same', 'added', 'same']);
  });

  it('handles empty sides', () => {
    expect(diffSequences([], ['a']).map((o) => o.kind)).toEqual(['added']);
    expect(diffSequences(['a'], []).map((o) => o.kind)).toEqual(['removed']);
  });
});

describe('diffParagraphs: what an editor sees after a story changed', () => {
  it('an unchanged story has only unchanged paragraphs', () => {
    const changes = diffParagraphs(['One.', 'Two.'], ['One.', 'Two.']);
    expect(summarizeDiff(changes)).toEqual({ same: 2, added: 0, removed: 0, changed: 0 });
  });

  it('a paragraph added in the middle is an addition, the rest unchanged', () => {
    const changes = diffParagraphs(['One.', 'Three.'], ['One.', 'Two, new.', 'Three.']);
    expect(changes).toEqual([
      { kind: 'same', text: 'One.' },
      { kind: 'added', text: 'Two, new.' },
      { kind: 'same', text: 'Three.' },
    ]);
  });

  it('a removed paragraph is a removal', () => {
    expect(summarizeDiff(diffParagraphs(['One.', 'Two.', 'Three.'], ['One.', 'Three.']))).toEqual({ same: 2, added: 0, removed: 1, changed: 0 });
  });

  it('a reworded paragraph is one change with the changed words marked', () => {
    const before = 'The mayor said unemployment fell by 12 percent last year.';
    const after = 'The mayor said unemployment fell by 9 percent last year.';
    const [change] = diffParagraphs([before], [after]);
    expect(change?.kind).toBe('changed');
    if (change?.kind !== 'changed') return;
    expect(change.pieces).toContainEqual({ kind: 'removed', text: '12 ' });
    expect(change.pieces).toContainEqual({ kind: 'added', text: '9 ' });
    expect(change.pieces.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(after);
    expect(change.pieces.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(before);
  });

  it('a paragraph replaced by unrelated text is a removal and an addition, not a change', () => {
    const changes = diffParagraphs(['Budget talks stalled on Monday.'], ['Rain is expected across the north tomorrow.']);
    expect(changes.map((c) => c.kind)).toEqual(['removed', 'added']);
  });

  it('keeps emoji and right-to-left text intact in the pieces', () => {
    const pieces = diffWords('قال الوزير 😀 إن', 'قال الرئيس 😀 إن');
    expect(pieces.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe('قال الرئيس 😀 إن');
  });
});
