// Writing user text into Markdown safely. Article quotes, explanations and titles are data, not
// markup: "*" in a quote must not start emphasis, "[1]" must not become a link, "<script>" must
// not become HTML, and a line that happens to start with "# " or "1. " must not become a heading
// or a list. Only characters that would change the meaning are escaped, so the file still reads
// well as plain text (a bare "-" or "." mid-sentence is left alone).

/** Backslash-escaped anywhere: emphasis, code, links, HTML, tables, strikethrough. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~]/g;
/** An ampersand that would be read as an HTML entity (&amp; &#39; &#x27;). */
const ENTITY_LIKE = /&(?=#?[A-Za-z0-9]+;)/g;
/** At the start of a line: heading, list item, ordered list item, setext underline, quote. */
const LINE_START = /^(#{1,6}(?=\s|$)|[-+=](?=\s|$|[-=]*$)|\d{1,9}(?=[.)](?:\s|$)))/;

/** Text on one line: whitespace runs collapse to a space, markup is escaped. */
export function escapeInline(text: string): string {
  return escapeLineStart(text.replace(/\s+/g, ' ').trim().replace(INLINE_SPECIAL, '\\$&').replace(ENTITY_LIKE, '\\&'));
}

/**
 * Text of several paragraphs (an explanation, a passage): paragraphs stay apart, each line is
 * escaped as if it began a line, and `linePrefix` (e.g. "> ") starts every line.
 */
export function escapeBlock(text: string, linePrefix = ''): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => linePrefix + escapeInline(line))
        .join('\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join(`\n${linePrefix.trimEnd()}\n`);
}

function escapeLineStart(line: string): string {
  const match = LINE_START.exec(line);
  if (!match) return line;
  const marker = match[0];
  // "1." → "1\.", "#" → "\#", "-" → "\-": the marker stays visible, the meaning goes away.
  return /^\d/.test(marker) ? `${marker}\\${line.slice(marker.length)}` : `\\${line}`;
}

/**
 * Reference-style links: the text reads `[Reuters][3]` and the addresses are listed once at the
 * end, which keeps long URLs out of the sentences of a plain-text reader.
 */
export type LinkReferences = {
  /** `[text][n]`, numbering each distinct address once. */
  link(text: string, url: string): string;
  /** The `[n]: <url>` lines, in order of first use. */
  definitions(): string[];
};

export function createLinkReferences(): LinkReferences {
  const numbers = new Map<string, number>();
  return {
    link(text, url) {
      let n = numbers.get(url);
      if (n === undefined) {
        n = numbers.size + 1;
        numbers.set(url, n);
      }
      return `[${escapeInline(text) || escapeInline(url)}][${n}]`;
    },
    definitions() {
      return [...numbers].map(([url, n]) => `[${n}]: <${safeDestination(url)}>`);
    },
  };
}

/** A link destination in angle brackets may not hold spaces, line breaks, "<" or ">". */
function safeDestination(url: string): string {
  return url.replace(/[\s<>]/g, (c) => encodeURIComponent(c));
}

/** 2017-12-28 (UTC): unambiguous in every language the report may be read in. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? escapeInline(iso) : date.toISOString().slice(0, 10);
}

/** 2017-12-28 10:00 UTC */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return escapeInline(iso);
  const value = date.toISOString();
  return `${value.slice(0, 10)} ${value.slice(11, 16)} UTC`;
}

/** `- Label: value` lines (`- value` for an empty label), leaving out the rows without a value. */
export function list(rows: [string, string | null | undefined][]): string {
  return rows
    .filter((row): row is [string, string] => typeof row[1] === 'string' && row[1] !== '')
    .map(([label, value]) => (label ? `- ${label}: ${value}` : `- ${value}`))
    .join('\n');
}

/** The host of an address, as the short text of its link ("www.presstv.com"). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}
