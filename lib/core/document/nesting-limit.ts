/**
 * Limits on nesting and size, the input shapes that make our parsers slow (worst cases measured
 * in `npm run bench -- --only parsers`, decision 016). htmlparser2 (used by sanitize-html and by
 * us) keeps its element stack with Array#unshift, so parsing is quadratic in depth: 400,000
 * nested <div>s fit in 2 MB and take minutes, and a recursive walk of such a tree overflows the
 * call stack. Markdown nesting becomes HTML nesting, one element per level of ">" or "- ".
 * Real articles nest a few dozen levels, so anything deeper is refused instead of parsed.
 */

/** Chrome's HTML parser stops nesting at 512 too, so no page a reader has seen is deeper. */
export const MAX_HTML_DEPTH = 512;
/**
 * Readability's cost grows steeply with depth (it re-reads each element's text for every level
 * it scores): 500 nested <div>s in a 50 KB page took over 20 s, 120 levels a few seconds at 20,000
 * elements. News pages nest 10 to 40 levels, so a page for extraction may nest 128 at most.
 */
export const MAX_EXTRACT_DEPTH = 128;
/**
 * Readability over linkedom slows down more than linearly with the number of elements: about a
 * second per 5,000 simple elements on a busy machine. A heavy news page has 3,000 to 15,000.
 */
export const MAX_EXTRACT_ELEMENTS = 30_000;
/** Quotes or lists inside one another, counted as ">" or list markers at the start of a line. */
export const MAX_MARKDOWN_DEPTH = 64;

export class NestingTooDeepError extends Error {
  constructor(limit: number) {
    super(`The content is nested more than ${limit} levels deep.`);
    this.name = 'NestingTooDeepError';
  }
}

export interface DepthGuard {
  open(): void;
  close(): void;
}

/**
 * Follows a parser's open and close events, which mirror its element stack exactly (void and
 * implied closes included), and throws NestingTooDeepError from inside the parse once too deep.
 */
export function createDepthGuard(limit = MAX_HTML_DEPTH): DepthGuard {
  let depth = 0;
  return {
    open() {
      depth += 1;
      if (depth > limit) throw new NestingTooDeepError(limit);
    },
    close() {
      depth = Math.max(0, depth - 1);
    },
  };
}

// One container marker at the start of a line: a quote, a bullet or a number, each followed by
// optional indentation. Sticky, so each match continues exactly where the previous one ended.
const CONTAINER_MARKER = /[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t])/y;

/** Throws NestingTooDeepError if any line opens more than `limit` nested quotes or lists. */
export function assertMarkdownDepth(markdown: string, limit = MAX_MARKDOWN_DEPTH): void {
  for (const line of markdown.split('\n')) {
    CONTAINER_MARKER.lastIndex = 0;
    let depth = 0;
    while (CONTAINER_MARKER.test(line)) {
      depth += 1;
      if (depth > limit) throw new NestingTooDeepError(limit);
    }
  }
}
