// A claim's quote with a little of the text around it, as a report shows it: enough to see
// what the words refer to, cut at whole words and never across a paragraph break (the next
// paragraph is usually about something else and would mislead more than it helps).

import { createOffsetIndex } from '@/lib/core/anchoring';
import type { OffsetIndex } from '@/lib/core/anchoring';
import type { ReportClaim } from './report-model';

export type QuoteContext = {
  /** The text as it is, including the space next to the quote (a renderer needs to know). */
  before: string;
  exact: string;
  after: string;
  /** Whether text was left out before `before` / after `after` (a renderer shows "…"). */
  elidedBefore: boolean;
  elidedAfter: boolean;
  /**
   * False when the claim's position no longer holds its quote (an orphaned claim): the
   * context is then the one stored with the claim, as Hypothesis shows orphans.
   */
  placed: boolean;
};

type ClaimSpan = Pick<ReportClaim, 'start' | 'end' | 'exact' | 'prefix' | 'suffix'>;

/**
 * Up to `chars` code points of context on each side of the claim. `start`/`end` are code points;
 * pass the text's offset index when describing many claims of one text.
 */
export function quoteContext(text: string, claim: ClaimSpan, chars: number, index?: OffsetIndex): QuoteContext {
  const offsets = index ?? createOffsetIndex(text);
  const start = offsets.toUtf16(claim.start);
  const end = offsets.toUtf16(claim.end);
  if (claim.end <= claim.start || text.slice(start, end) !== claim.exact) {
    const before = lastCodePoints(claim.prefix, chars);
    const after = firstCodePoints(claim.suffix, chars);
    return { before, exact: claim.exact, after, elidedBefore: true, elidedAfter: true, placed: false };
  }

  const from = offsets.toUtf16(Math.max(0, claim.start - chars));
  const to = offsets.toUtf16(claim.end + chars);
  const before = cutBefore(text, from, start);
  const after = cutAfter(text, end, to);
  return { before: before.text, exact: claim.exact, after: after.text, elidedBefore: before.elided, elidedAfter: after.elided, placed: true };
}

/** The context in [from, start): after the last line break, without a partial first word. */
function cutBefore(text: string, from: number, start: number): { text: string; elided: boolean } {
  let piece = text.slice(from, start);
  const lineBreak = piece.lastIndexOf('\n');
  if (lineBreak >= 0) return { text: piece.slice(lineBreak + 1), elided: false };
  const elided = from > 0 && text[from - 1] !== '\n';
  if (elided && !/\s/.test(text[from - 1] ?? '')) {
    const space = piece.search(/\s/);
    piece = space >= 0 ? piece.slice(space) : '';
  }
  piece = piece.trimStart();
  return { text: piece, elided };
}

/** The context in [end, to): before the first line break, without a partial last word. */
function cutAfter(text: string, end: number, to: number): { text: string; elided: boolean } {
  let piece = text.slice(end, to);
  const lineBreak = piece.indexOf('\n');
  if (lineBreak >= 0) return { text: piece.slice(0, lineBreak), elided: false };
  const elided = to < text.length && text[to] !== '\n';
  if (elided && !/\s/.test(text[to] ?? '')) {
    const space = lastWhitespace(piece);
    piece = space >= 0 ? piece.slice(0, space) : '';
  }
  piece = piece.trimEnd();
  return { text: piece, elided };
}

function lastWhitespace(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (/\s/.test(text[i] ?? '')) return i;
  return -1;
}

function lastCodePoints(text: string, count: number): string {
  const points = [...text];
  return points.slice(Math.max(0, points.length - count)).join('');
}

function firstCodePoints(text: string, count: number): string {
  return [...text].slice(0, count).join('');
}
