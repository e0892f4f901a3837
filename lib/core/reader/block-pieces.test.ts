import { describe, expect, test } from 'vitest';
import { blockRuns, piecesOf } from './block-pieces';

describe('cutting a paragraph into highlight pieces', () => {
  test('a paragraph without claims is one plain piece', () => {
    expect(piecesOf({ start: 0, end: 10 }, [])).toEqual([{ start: 0, end: 10, claimIds: [] }]);
  });

  test('two overlapping claims give three pieces, the shared one listing both, innermost first', () => {
    const pieces = piecesOf({ start: 0, end: 30 }, [
      { id: 'a', start: 5, end: 20 },
      { id: 'b', start: 10, end: 25 },
    ]);
    expect(pieces).toEqual([
      { start: 0, end: 5, claimIds: [] },
      { start: 5, end: 10, claimIds: ['a'] },
      { start: 10, end: 20, claimIds: ['b', 'a'] },
      { start: 20, end: 25, claimIds: ['b'] },
      { start: 25, end: 30, claimIds: [] },
    ]);
  });

  test('a claim nested in another is listed before it, so a click picks the inner one', () => {
    const pieces = piecesOf({ start: 0, end: 20 }, [
      { id: 'outer', start: 0, end: 20 },
      { id: 'inner', start: 5, end: 8 },
    ]);
    expect(pieces.find((p) => p.start === 5)?.claimIds).toEqual(['inner', 'outer']);
  });

  test('a claim running across two paragraphs is clipped to each', () => {
    const claim = { id: 'x', start: 8, end: 15 };
    expect(piecesOf({ start: 0, end: 10 }, [claim]).at(-1)).toEqual({ start: 8, end: 10, claimIds: ['x'] });
    expect(piecesOf({ start: 12, end: 20 }, [claim])[0]).toEqual({ start: 12, end: 15, claimIds: ['x'] });
  });
});

describe('links inside a paragraph', () => {
  test('a link stays one run even when a claim starts inside it', () => {
    const runs = blockRuns({ start: 0, end: 30 }, [{ start: 10, end: 20, href: 'https://un.org' }], [{ id: 'c', start: 15, end: 25 }]);
    expect(runs.map((r) => [r.start, r.end, r.href])).toEqual([
      [0, 10, null],
      [10, 20, 'https://un.org'],
      [20, 30, null],
    ]);
    expect(runs[1]?.pieces.map((p) => p.claimIds)).toEqual([[], ['c']]);
    expect(runs[2]?.pieces.map((p) => p.claimIds)).toEqual([['c'], []]);
  });

  test('the runs cover the paragraph exactly, with no gap and no overlap', () => {
    const runs = blockRuns({ start: 100, end: 160 }, [
      { start: 100, end: 110, href: 'a' },
      { start: 140, end: 160, href: 'b' },
    ], []);
    expect(runs[0]?.start).toBe(100);
    expect(runs.at(-1)?.end).toBe(160);
    for (let i = 1; i < runs.length; i++) expect(runs[i]?.start).toBe(runs[i - 1]?.end);
  });
});
