// The data layer marks matched words with two private-use characters (ts_headline's StartSel
// and StopSel); this turns marked text into plain segments the UI renders as React elements, so
// text from the database is never parsed as HTML.
export const HIGHLIGHT_START = '\ue000';
export const HIGHLIGHT_END = '\ue001';

export type TextSegment = { text: string; highlight: boolean };

export function splitHighlights(marked: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let highlight = false;
  let current = '';
  const flush = () => {
    if (current) segments.push({ text: current, highlight });
    current = '';
  };
  for (const char of marked) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_END) {
      flush();
      highlight = char === HIGHLIGHT_START;
    } else {
      current += char;
    }
  }
  flush();
  return segments;
}

const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Marks the words of `text` that begin with one of `words` (any case, accents ignored): for rows
 * found outside the search table (reference reviews), which have no ts_headline of their own.
 */
export function highlightWordBeginnings(text: string, words: readonly string[]): TextSegment[] {
  const wanted = words.map(fold).filter(Boolean);
  const segments: TextSegment[] = [];
  const push = (part: string, highlight: boolean) => {
    const last = segments.at(-1);
    if (last && last.highlight === highlight) last.text += part;
    else if (part) segments.push({ text: part, highlight });
  };
  let at = 0;
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    push(text.slice(at, match.index), false);
    const folded = fold(match[0]);
    push(match[0], wanted.some((word) => folded.startsWith(word)));
    at = match.index + match[0].length;
  }
  push(text.slice(at), false);
  return segments;
}
