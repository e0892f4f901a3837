import { describe, expect, test } from 'vitest';
import { buildSegments, splitSegmentsByBlocks } from '@/lib/core/anchoring';
import { blockRuns } from './block-pieces';

function segmentsOf(block: { start: number; end: number }, claims: { id: string; start: number; end: number }[]) {
  return splitSegmentsByBlocks(buildSegments(1000, claims, { includeGaps: true }), [block])[0] ?? [];
}

describe('a paragraph as the reader renders it', () => {
  test('a paragraph without links or claims is one plain run', () => {
    const block = { start: 0, end: 10 };
    expect(blockRuns(block, [], segmentsOf(block, []))).toEqual([
      { start: 0, end: 10, href: null, pieces: [{ start: 0, end: 10, claimIds: [] }] },
    ]);
  });

  test('overlapping claims become pieces that list every claim covering them, innermost first', () => {
    const block = { start: 0, end: 30 };
    const runs = blockRuns(block, [], segmentsOf(block, [
      { id: 'outer', start: 0, end: 30 },
      { id: 'inner', start: 5, end: 8 },
    ]));
    expect(runs[0]?.pieces.map((p) => [p.start, p.end, p.claimIds])).toEqual([
      [0, 5, ['outer']],
      [5, 8, ['inner', 'outer']],
      [8, 30, ['outer']],
    ]);
  });

  test('a link stays one run even when a claim starts inside it', () => {
    const block = { start: 0, end: 30 };
    const runs = blockRuns(block, [{ start: 10, end: 20, href: 'https://un.org' }], segmentsOf(block, [{ id: 'c', start: 15, end: 25 }]));
    expect(runs.map((r) => [r.start, r.end, r.href])).toEqual([
      [0, 10, null],
      [10, 20, 'https://un.org'],
      [20, 30, null],
    ]);
    expect(runs[1]?.pieces.map((p) => p.claimIds)).toEqual([[], ['c']]);
    expect(runs[2]?.pieces.map((p) => p.claimIds)).toEqual([['c'], []]);
  });

  test('a claim running across two paragraphs is highlighted in both', () => {
    const claim = { id: 'x', start: 8, end: 15 };
    const first = { start: 0, end: 10 };
    const second = { start: 12, end: 20 };
    expect(blockRuns(first, [], segmentsOf(first, [claim]))[0]?.pieces.at(-1)).toEqual({ start: 8, end: 10, claimIds: ['x'] });
    expect(blockRuns(second, [], segmentsOf(second, [claim]))[0]?.pieces[0]).toEqual({ start: 12, end: 15, claimIds: ['x'] });
  });

  test('the runs cover the paragraph exactly, with no gap and no overlap', () => {
    const block = { start: 100, end: 160 };
    const links = [
      { start: 100, end: 110, href: 'a' },
      { start: 140, end: 160, href: 'b' },
    ];
    const runs = blockRuns(block, links, segmentsOf(block, [{ id: 'y', start: 105, end: 145 }]));
    expect(runs[0]?.start).toBe(100);
    expect(runs.at(-1)?.end).toBe(160);
    for (let i = 1; i < runs.length; i++) expect(runs[i]?.start).toBe(runs[i - 1]?.end);
    const pieces = runs.flatMap((r) => r.pieces);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]?.start).toBe(pieces[i - 1]?.end);
  });
});
