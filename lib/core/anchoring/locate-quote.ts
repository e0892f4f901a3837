// Creating a claim from a quote (an API client sends a TextQuoteSelector, not a position). The
// text is the frozen version the claim is made on, so only exact matches count: a quote that is
// not in the text verbatim is a client error, not something to guess around. When the quote
// occurs several times, prefix and suffix say which occurrence is meant, then the hint.

import { createOffsetIndex } from './code-points';
import type { OffsetIndex } from './code-points';
import type { TextPositionSelector } from './selectors';
import { findAllExact } from './text-search';

/** A TextQuoteSelector as clients send it: prefix and suffix are optional. */
export type QuoteToLocate = { exact: string; prefix?: string; suffix?: string };

export type LocateQuoteOptions = {
  /**
   * Where the client believes the quote starts, in code points (a TextPositionSelector's
   * `start`). Used only to choose among occurrences that context cannot tell apart.
   */
  hint?: number;
  /** The text's offset index, when locating many quotes in one text. */
  index?: OffsetIndex;
};

export type LocateQuoteResult =
  | {
      ok: true;
      /** UTF-16 offsets into the text. */
      start: number;
      end: number;
      /** The same range in code points. */
      position: TextPositionSelector;
    }
  | { ok: false; reason: 'empty_quote' | 'not_found'; message: string }
  | { ok: false; reason: 'ambiguous'; count: number; message: string };

export function locateQuote(text: string, quote: QuoteToLocate, options: LocateQuoteOptions = {}): LocateQuoteResult {
  if (quote.exact.trim() === '') {
    return { ok: false, reason: 'empty_quote', message: 'The quote is empty.' };
  }
  const length = quote.exact.length;
  let candidates = findAllExact(text, quote.exact);
  if (candidates.length === 0) {
    return { ok: false, reason: 'not_found', message: 'The quote does not occur in the text.' };
  }

  if (candidates.length > 1) {
    // Keep the occurrences whose surroundings agree best: both sides, else one, else any.
    const agreement = (start: number) =>
      Number(endsWithAt(text, quote.prefix ?? '', start)) + Number(text.startsWith(quote.suffix ?? '', start + length));
    const best = Math.max(...candidates.map(agreement));
    candidates = candidates.filter((start) => agreement(start) === best);
  }

  const index = options.index ?? createOffsetIndex(text);
  if (candidates.length > 1 && options.hint !== undefined) {
    const hint = index.toUtf16(options.hint);
    const distance = (start: number) => Math.abs(start - hint);
    const closest = Math.min(...candidates.map(distance));
    candidates = candidates.filter((start) => distance(start) === closest);
  }
  if (candidates.length > 1) {
    return {
      ok: false,
      reason: 'ambiguous',
      count: candidates.length,
      message: `The quote occurs ${candidates.length} times; a prefix or suffix must say which one is meant.`,
    };
  }

  const start = candidates[0] as number;
  const end = start + length;
  return {
    ok: true,
    start,
    end,
    position: { type: 'TextPositionSelector', start: index.toCodePoint(start), end: index.toCodePoint(end, 'end') },
  };
}

/** Whether the text just before `start` ends with `prefix`. */
function endsWithAt(text: string, prefix: string, start: number): boolean {
  return start >= prefix.length && text.startsWith(prefix, start - prefix.length);
}
