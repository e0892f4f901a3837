// Groups the highlight segments of one block (lib/core/anchoring/segments.ts) into the runs the
// reader renders: stretches inside a link and outside one, so a link stays one <a> element even
// when claims start or end inside it. Rendering these as React elements, rather than wrapping
// DOM ranges after the fact, keeps highlights out of the DOM that React owns.
// Offsets are UTF-16 (the reader's unit); callers convert from code points first.
import type { Segment } from '@/lib/core/anchoring';

export type Range = { start: number; end: number };
export type LinkRange = Range & { href: string };

export type LinkRun = { start: number; end: number; href: string | null; pieces: Segment[] };

/** The segments clipped to [range). `segments` must be sorted and cover the range. */
function clip(segments: readonly Segment[], range: Range): Segment[] {
  const pieces: Segment[] = [];
  for (const segment of segments) {
    const start = Math.max(segment.start, range.start);
    const end = Math.min(segment.end, range.end);
    if (start < end) pieces.push({ start, end, claimIds: segment.claimIds });
  }
  return pieces;
}

/**
 * A block as runs of linked and unlinked text, each holding its highlight pieces. `segments` are
 * the block's segments with gaps included (splitSegmentsByBlocks of buildSegments with gaps).
 */
export function blockRuns(block: Range, links: readonly LinkRange[], segments: readonly Segment[]): LinkRun[] {
  const sorted = links.filter((l) => l.start < block.end && block.start < l.end).sort((a, b) => a.start - b.start);
  const runs: LinkRun[] = [];
  let cursor = block.start;
  const push = (start: number, end: number, href: string | null) => {
    if (end > start) runs.push({ start, end, href, pieces: clip(segments, { start, end }) });
  };
  for (const link of sorted) {
    const start = Math.max(link.start, cursor);
    const end = Math.min(link.end, block.end);
    if (end <= start) continue;
    push(cursor, start, null);
    push(start, end, link.href);
    cursor = end;
  }
  push(cursor, block.end, null);
  return runs;
}
