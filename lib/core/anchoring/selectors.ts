// W3C Web Annotation selectors for a claim. A claim stores both: the position is fast and exact
// while the text is unchanged, the quote (with context) survives edits. Positions are counted in
// Unicode code points, as the W3C model and PostgreSQL do; everything named `start`/`end`
// outside a selector in this package is a UTF-16 offset into a JavaScript string.

import { createOffsetIndex, isHighSurrogate, isLowSurrogate, snapUtf16 } from './code-points';
import type { OffsetIndex } from './code-points';

export type TextQuoteSelector = {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
};

export type TextPositionSelector = {
  type: 'TextPositionSelector';
  /** Inclusive, in code points. */
  start: number;
  /** Exclusive, in code points. */
  end: number;
};

/** Context kept on each side of a quote, in code points (Hypothesis keeps 32 as well). */
export const CONTEXT_LENGTH = 32;

/** Why a range cannot become a claim. `message` is safe to show to the user. */
export type DescribeRangeFailure = {
  ok: false;
  reason: 'out_of_range' | 'empty_range' | 'whitespace_only';
  message: string;
};

export type RangeDescription = {
  ok: true;
  /** The described range in UTF-16, after snapping to whole characters. */
  start: number;
  end: number;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
};

export type DescribeRangeResult = RangeDescription | DescribeRangeFailure;

/**
 * Describes the UTF-16 range [startUtf16, endUtf16) of `text` by a quote and a position
 * selector. A boundary inside a surrogate pair is widened to include the whole character.
 * Pass the text's `OffsetIndex` when describing many ranges of one text.
 */
export function describeRange(
  text: string,
  startUtf16: number,
  endUtf16: number,
  index?: OffsetIndex,
): DescribeRangeResult {
  if (
    !Number.isInteger(startUtf16) ||
    !Number.isInteger(endUtf16) ||
    startUtf16 < 0 ||
    endUtf16 > text.length ||
    startUtf16 > endUtf16
  ) {
    return fail('out_of_range', 'The selected range is not within the text.');
  }
  if (startUtf16 === endUtf16) return fail('empty_range', 'The selected range is empty.');

  const start = snapUtf16(text, startUtf16, 'start');
  const end = snapUtf16(text, endUtf16, 'end');
  const exact = text.slice(start, end);
  if (exact.trim() === '') return fail('whitespace_only', 'The selected range contains only whitespace.');

  const offsets = index ?? createOffsetIndex(text);
  return {
    ok: true,
    start,
    end,
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: codePointsBefore(text, start, CONTEXT_LENGTH),
      suffix: codePointsAfter(text, end, CONTEXT_LENGTH),
    },
    position: {
      type: 'TextPositionSelector',
      start: offsets.toCodePoint(start),
      end: offsets.toCodePoint(end, 'end'),
    },
  };
}

/** The last `count` code points of `text` before `utf16`, never splitting a surrogate pair. */
export function codePointsBefore(text: string, utf16: number, count: number): string {
  let from = utf16;
  for (let taken = 0; taken < count && from > 0; taken++) {
    const pair = from >= 2 && isLowSurrogate(text.charCodeAt(from - 1)) && isHighSurrogate(text.charCodeAt(from - 2));
    from -= pair ? 2 : 1;
  }
  return text.slice(from, utf16);
}

/** The first `count` code points of `text` from `utf16`, never splitting a surrogate pair. */
export function codePointsAfter(text: string, utf16: number, count: number): string {
  let to = utf16;
  for (let taken = 0; taken < count && to < text.length; taken++) {
    const pair = isHighSurrogate(text.charCodeAt(to)) && isLowSurrogate(text.charCodeAt(to + 1));
    to += pair ? 2 : 1;
  }
  return text.slice(utf16, to);
}

function fail(reason: DescribeRangeFailure['reason'], message: string): DescribeRangeFailure {
  return { ok: false, reason, message };
}
