// Segments for the highlight layer: the text cut at every claim boundary, each piece listing
// the claims that cover it, so a renderer wraps each piece in one <mark> carrying all of its
// claims (overlapping and nested claims included) instead of nesting marks that cross.
// Offsets are UTF-16: convert stored code point positions with the offset index first.

export type ClaimRange = { id: string; start: number; end: number };

export type Segment = {
  start: number;
  end: number;
  /** Claims covering the whole segment, innermost (shortest) first; empty for a gap. */
  claimIds: string[];
};

export type TextBlock = { start: number; end: number };

export type BuildSegmentsOptions = {
  /** Also return the unhighlighted stretches, so the segments cover [0, textLength). */
  includeGaps?: boolean;
};

/**
 * Cuts [0, textLength) at every claim start and end. Claims that are empty or outside the text
 * are ignored; claims reaching past it are clipped. O(k log k + output) for k claims.
 */
export function buildSegments(
  textLength: number,
  claims: readonly ClaimRange[],
  options: BuildSegmentsOptions = {},
): Segment[] {
  const ranges = claims
    .map((c) => ({ id: c.id, start: Math.max(0, c.start), end: Math.min(textLength, c.end) }))
    .filter((c) => c.start < c.end)
    .sort((a, b) => a.start - b.start);
  const points = [...new Set(ranges.flatMap((c) => [c.start, c.end]))].sort((a, b) => a - b);

  const segments: Segment[] = [];
  const gap = (start: number, end: number) => {
    if (options.includeGaps && start < end) segments.push({ start, end, claimIds: [] });
  };
  let active: ClaimRange[] = [];
  let ids: string[] = [];
  let next = 0;
  let covered = 0;
  for (let p = 0; p < points.length - 1; p++) {
    const at = points[p] as number;
    const until = points[p + 1] as number;
    const before = active.length;
    active = active.filter((c) => c.end > at);
    let changed = active.length !== before;
    while (next < ranges.length && (ranges[next] as ClaimRange).start === at) {
      active.push(ranges[next] as ClaimRange);
      next++;
      changed = true;
    }
    if (changed) ids = innermostFirst(active);
    if (active.length === 0) continue;
    gap(covered, at);
    segments.push({ start: at, end: until, claimIds: [...ids] });
    covered = until;
  }
  gap(covered, textLength);
  return segments;
}

/**
 * Splits segments at block boundaries (paragraphs, list items), returning one list per block in
 * the order given. Text between blocks (blank lines) belongs to no block and is dropped.
 * `segments` must be sorted and non-overlapping, as buildSegments returns them.
 */
export function splitSegmentsByBlocks(segments: readonly Segment[], blocks: readonly TextBlock[]): Segment[][] {
  return blocks.map((block) => {
    const inBlock: Segment[] = [];
    for (let i = firstEndingAfter(segments, block.start); i < segments.length; i++) {
      const segment = segments[i] as Segment;
      if (segment.start >= block.end) break;
      const start = Math.max(segment.start, block.start);
      const end = Math.min(segment.end, block.end);
      if (start < end) inBlock.push({ start, end, claimIds: segment.claimIds });
    }
    return inBlock;
  });
}

/**
 * Innermost first; of two claims of equal length, the one that starts later lies on top; claims
 * on the same words keep the order they were given in.
 */
function innermostFirst(active: readonly ClaimRange[]): string[] {
  return [...active].sort((a, b) => a.end - a.start - (b.end - b.start) || b.start - a.start).map((c) => c.id);
}

/** Index of the first segment whose end lies after `offset` (binary search). */
function firstEndingAfter(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((segments[mid] as Segment).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
