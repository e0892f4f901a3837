// Finding the passage a fact-checker relied on inside the archived copy of its source
// (decision 038). The passage was typed or pasted by a person, so it may differ from the page in
// whitespace, curly quotes, dashes and letter case; those are forgiven first, and only then is
// the project's fuzzy anchoring (lib/core/anchoring) asked, within bounds that keep a 5 MB page
// and a 10,000-character passage fast. Plain TypeScript: runs in the job and in unit tests.

import { CONTEXT_LENGTH, createOffsetIndex } from '@/lib/core/anchoring';
import { findAllExact, findApproximate } from '@/lib/core/anchoring/text-search';

export type PassageMethod = 'exact' | 'normalised' | 'fuzzy';

export type PassageLocation =
  | {
      state: 'found';
      method: PassageMethod;
      /** UTF-16 offsets into the text. */
      start: number;
      end: number;
      /** The same range in code points, as stored (decision 003). */
      codePointStart: number;
      codePointEnd: number;
      /** The text just before and after the passage in the copy: its context. */
      prefix: string;
      suffix: string;
    }
  | { state: 'not_found' }
  | { state: 'no_passage' };

// Approximate matching costs about text length × passage length / 32 steps: past these bounds
// only the exact and normalised searches run.
export const FUZZY_MAX_PASSAGE = 1_000;
export const FUZZY_MAX_TEXT = 1_000_000;
// A fuzzy match may differ in at most this share of the passage's characters to count as
// "found": a copy that says something else must read as changed, not as found.
const FUZZY_MAX_ERROR_SHARE = 0.1;

/** Where `passage` is in `text`, or that it is not there (or that there is no passage to find). */
export function locatePassage(text: string, passage: string): PassageLocation {
  const wanted = passage.trim();
  if (wanted === '') return { state: 'no_passage' };

  const exact = text.indexOf(wanted);
  if (exact !== -1) return found(text, 'exact', exact, exact + wanted.length);

  const haystack = normalise(text);
  const needle = normalise(wanted).text.trim();
  if (needle === '') return { state: 'not_found' };
  const back = (from: number, to: number) => [haystack.origin[from] as number, (haystack.origin[to - 1] as number) + 1] as const;
  const at = haystack.text.indexOf(needle);
  if (at !== -1) return found(text, 'normalised', ...back(at, at + needle.length));

  // The anchoring's approximate search (Myers' bit-parallel algorithm), over the normalised text.
  const maxErrors = Math.floor(needle.length * FUZZY_MAX_ERROR_SHARE);
  if (maxErrors > 0 && needle.length <= FUZZY_MAX_PASSAGE && haystack.text.length <= FUZZY_MAX_TEXT) {
    const match = fuzzyMatch(haystack.text, needle, maxErrors);
    if (match) return found(text, 'fuzzy', ...back(match.start, match.end));
  }
  return { state: 'not_found' };
}

// The fuzzy search runs only around places where a piece of the passage occurs exactly ("seeds":
// with fewer errors than pieces, one piece is intact) and only when the rarest piece occurs at most
// this often: a periodic page ("a b a b …") would otherwise yield a match at every position, each
// costing a backwards scan (minutes for a 1 MB page).
const SEED_PIECES = 16;
const MAX_SEED_HITS = 32;

function fuzzyMatch(text: string, needle: string, maxErrors: number): { start: number; end: number } | null {
  const pieces = Math.min(SEED_PIECES, maxErrors + 1);
  const size = Math.floor(needle.length / pieces);
  let rarest: { offset: number; hits: number[] } | null = null;
  for (let i = 0; i < pieces; i++) {
    const hits = findAllExact(text, needle.slice(i * size, (i + 1) * size), MAX_SEED_HITS + 1);
    if (hits.length > 0 && (!rarest || hits.length < rarest.hits.length)) rarest = { offset: i * size, hits };
  }
  if (!rarest || rarest.hits.length > MAX_SEED_HITS) return null;
  let best: { start: number; end: number; errors: number } | null = null;
  for (const hit of rarest.hits) {
    const from = Math.max(0, hit - rarest.offset - maxErrors);
    const window = text.slice(from, Math.min(text.length, hit - rarest.offset + needle.length + maxErrors));
    for (const m of findApproximate(window, needle, maxErrors)) {
      if (!best || m.errors < best.errors) best = { start: m.start + from, end: m.end + from, errors: m.errors };
    }
  }
  // A near match that changes a figure is another statement: "31,200 vehicles" is not "29,000".
  if (!best || best.end <= best.start || !sameNumbers(text.slice(best.start, best.end), needle)) return null;
  return best;
}

function sameNumbers(a: string, b: string): boolean {
  const numbers = (s: string) => (s.match(/\d+/g) ?? []).join(' ');
  return numbers(a) === numbers(b);
}

function found(text: string, method: PassageMethod, start: number, end: number): PassageLocation {
  const index = createOffsetIndex(text);
  return {
    state: 'found',
    method,
    start,
    end,
    codePointStart: index.toCodePoint(start),
    codePointEnd: index.toCodePoint(end, 'end'),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const DASHES = /[\u2010-\u2015\u2212]/;
const SPACE = /\s/;

/**
 * The text with every run of whitespace as one space, typographic quotes and dashes as their
 * ASCII forms, and letters in lower case, with each output character's offset in the original.
 * One pass, linear in the text.
 */
export function normalise(text: string): { text: string; origin: number[] } {
  const out: string[] = [];
  const origin: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (SPACE.test(c)) {
      if (!lastWasSpace) {
        out.push(' ');
        origin.push(i);
      }
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    const lower = c.toLowerCase();
    const mapped = SINGLE_QUOTES.test(c) ? "'" : DOUBLE_QUOTES.test(c) ? '"' : DASHES.test(c) ? '-' : lower.length === 1 ? lower : c;
    out.push(mapped);
    origin.push(i);
  }
  return { text: out.join(''), origin };
}
