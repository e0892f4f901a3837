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
