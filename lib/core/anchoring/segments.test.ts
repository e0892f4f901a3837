import { describe, expect, test } from 'vitest';
import { buildSegments, splitSegmentsByBlocks } from './segments';
import type { ClaimRange, Segment } from './segments';
import { createRandom } from './testing/random';

const text = 'The Pentagon said 2,000 troops are in Syria.\n\nWashington did not comment.';

describe('cutting the article into highlight segments', () => {
  test('an article without claims has no highlighted segment, or one gap covering it all', () => {
    expect(buildSegments(text.length, [])).toEqual([]);
    expect(buildSegments(text.length, [], { includeGaps: true })).toEqual([{ start: 0, end: text.length, claimIds: [] }]);
  });

  test('one claim gives one mark; with gaps the segments cover the whole text in order', () => {
    const claims = [{ id: 'a', start: 4, end: 12 }];
    expect(buildSegments(text.length, claims)).toEqual([{ start: 4, end: 12, claimIds: ['a'] }]);
    expect(buildSegments(text.length, claims, { includeGaps: true })).toEqual([
      { start: 0, end: 4, claimIds: [] },
      { start: 4, end: 12, claimIds: ['a'] },
      { start: 12, end: text.length, claimIds: [] },
    ]);
  });

  test('overlapping claims share the middle segment, innermost first', () => {
    const claims = [
      { id: 'troops', start: 18, end: 43 },
      { id: 'pentagon', start: 0, end: 30 },
    ];
    expect(buildSegments(text.length, claims)).toEqual([
      { start: 0, end: 18, claimIds: ['pentagon'] },
      { start: 18, end: 30, claimIds: ['troops', 'pentagon'] },
      { start: 30, end: 43, claimIds: ['troops'] },
    ]);
  });

  test('a nested claim lies on top of the claim that contains it', () => {
    const claims = [
      { id: 'sentence', start: 0, end: 44 },
      { id: 'number', start: 18, end: 23 },
    ];
    expect(buildSegments(text.length, claims)).toEqual([
      { start: 0, end: 18, claimIds: ['sentence'] },
      { start: 18, end: 23, claimIds: ['number', 'sentence'] },
      { start: 23, end: 44, claimIds: ['sentence'] },
    ]);
  });

  test('two claims on the same words make one segment with both, in the order given; adjacent claims do not merge', () => {
    const claims = [
      { id: 'a', start: 0, end: 12 },
      { id: 'b', start: 0, end: 12 },
      { id: 'c', start: 12, end: 17 },
    ];
    expect(buildSegments(text.length, claims)).toEqual([
      { start: 0, end: 12, claimIds: ['a', 'b'] },
      { start: 12, end: 17, claimIds: ['c'] },
    ]);
  });

  test('empty claims are ignored and claims running past the text are clipped', () => {
    const claims = [
      { id: 'empty', start: 5, end: 5 },
      { id: 'long', start: 60, end: 500 },
    ];
    expect(buildSegments(text.length, claims)).toEqual([{ start: 60, end: text.length, claimIds: ['long'] }]);
  });

  test('on many random claims, every character is marked with exactly the claims covering it', () => {
    const random = createRandom(7);
    const length = 400;
    const claims: ClaimRange[] = Array.from({ length: 60 }, (_, i) => {
      const start = random.int(length);
      return { id: `c${i}`, start, end: Math.min(length, start + 1 + random.int(80)) };
    });
    const segments = buildSegments(length, claims, { includeGaps: true });
    expect(segments[0]?.start).toBe(0);
    expect(segments.at(-1)?.end).toBe(length);
    for (const [i, segment] of segments.entries()) {
      if (i > 0) expect(segment.start).toBe(segments[i - 1]?.end);
      for (const at of [segment.start, segment.end - 1]) {
        const covering = claims.filter((c) => c.start <= at && at < c.end).map((c) => c.id);
        expect([...segment.claimIds].sort()).toEqual(covering.sort());
      }
    }
  });
});

describe('splitting segments by the blocks a renderer draws', () => {
  test('a claim spanning two paragraphs is drawn as one mark in each, never across the break', () => {
    const blocks = [
      { start: 0, end: 44 },
      { start: 46, end: text.length },
    ];
    const segments = buildSegments(text.length, [{ id: 'span', start: 30, end: 56 }], { includeGaps: true });
    const byBlock: Segment[][] = splitSegmentsByBlocks(segments, blocks);
    expect(byBlock).toEqual([
      [
        { start: 0, end: 30, claimIds: [] },
        { start: 30, end: 44, claimIds: ['span'] },
      ],
      [
        { start: 46, end: 56, claimIds: ['span'] },
        { start: 56, end: text.length, claimIds: [] },
      ],
    ]);
  });

  test('blocks come back in the order given, and a block without marks gets an empty list', () => {
    const segments = buildSegments(text.length, [{ id: 'a', start: 0, end: 3 }]);
    expect(splitSegmentsByBlocks(segments, [{ start: 46, end: 72 }, { start: 0, end: 44 }])).toEqual([
      [],
      [{ start: 0, end: 3, claimIds: ['a'] }],
    ]);
  });
});
