import { normalizeNumbers } from './normalize-numbers';

/** One part of a search: a word, or a quoted phrase; a leading `-` excludes it. */
export type SearchTerm = { words: string[]; phrase: boolean; negated: boolean };

// Enough for any real question; a pasted page is cut rather than refused.
export const MAX_TERMS = 12;
const MAX_WORD_LENGTH = 60;

// A word is a run of letters, marks and digits in any script; everything else (operators of
// tsquery or websearch included: ' & | ! : * ( ) < >) only separates words, so no input can
// reach PostgreSQL as query syntax.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => word.toLowerCase().slice(0, MAX_WORD_LENGTH));
}

/**
 * Reads what a person typed into search terms: `"quoted phrase"` keeps its words together,
 * `-word` and `-"a phrase"` exclude, anything else is a word (matched as a prefix, with typos
 * forgiven by the data layer). Unbalanced quotes and stray operators are simply ignored.
 */
export function parseSearchQuery(input: string): SearchTerm[] {
  const text = normalizeNumbers(input.normalize('NFC'));
  const terms: SearchTerm[] = [];
  // A quoted part (to its closing quote, or to the end), or a run of anything but spaces.
  const parts = /(-?)"([^"]*)"?|(\S+)/g;
  for (const match of text.matchAll(parts)) {
    const [, minus, quoted, bare] = match;
    if (quoted !== undefined) {
      const words = wordsOf(quoted);
      if (words.length > 0) terms.push({ words, phrase: words.length > 1, negated: minus === '-' });
      continue;
    }
    const negated = bare!.startsWith('-') && bare!.length > 1;
    // "e-mail" or "U.S." inside a bare word: its pieces must all be there, next to each other.
    const words = wordsOf(bare!);
    if (words.length > 0) terms.push({ words, phrase: words.length > 1, negated });
  }
  return terms.slice(0, MAX_TERMS);
}

/** Whether the terms can find anything: a search of exclusions alone would list everything. */
export function hasPositiveTerm(terms: SearchTerm[]): boolean {
  return terms.some((term) => !term.negated);
}
