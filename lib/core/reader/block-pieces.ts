// Splits each block of the frozen text into the pieces the reader renders: runs of text under
// the same link and the same set of claims. Rendering pieces as React elements, rather than
// wrapping DOM ranges after the fact, keeps highlights out of the DOM that React owns.
// Offsets here are UTF-16 (the reader's unit); callers convert from code points first.

export type Range = { start: number; end: number };
export type LinkRange = Range & { href: string };
export type ClaimRange = Range & { id: string };

export type Piece = {
  start: number;
  end: number;
  /** Claims covering this piece, innermost (shortest) first. */
  claimIds: string[];
};

export type LinkRun = { start: number; end: number; href: string | null; pieces: Piece[] };

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The pieces of [range) cut at every claim boundary, with the claims covering each. */
export function piecesOf(range: Range, claims: readonly ClaimRange[]): Piece[] {
  const inside = claims.filter((c) => overlaps(c, range));
  const cuts = new Set<number>([range.start, range.end]);
  for (const c of inside) {
    if (c.start > range.start && c.start < range.end) cuts.add(c.start);
    if (c.end > range.start && c.end < range.end) cuts.add(c.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = inside
      .filter((c) => c.start <= start && c.end >= end)
      // Innermost first; between claims of equal length, the one that starts later lies on top.
      .sort((a, b) => a.end - a.start - (b.end - b.start) || b.start - a.start);
    pieces.push({ start, end, claimIds: covering.map((c) => c.id) });
  }
  return pieces;
}

/**
 * A block as runs of linked and unlinked text, each cut into claim pieces, so that a link stays
 * one <a> element even when claims start or end inside it.
 */
export function blockRuns(block: Range, links: readonly LinkRange[], claims: readonly ClaimRange[]): LinkRun[] {
  const sorted = links.filter((l) => overlaps(l, block)).sort((a, b) => a.start - b.start);
  const runs: LinkRun[] = [];
  let cursor = block.start;
  const push = (start: number, end: number, href: string | null) => {
    if (end > start) runs.push({ start, end, href, pieces: piecesOf({ start, end }, claims) });
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
