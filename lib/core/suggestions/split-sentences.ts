// Cutting an article's frozen text into sentences, each with its code point range and its exact
// text, so a suggestion can become a claim through the anchoring code unchanged (decision 003:
// positions leave JavaScript in code points).
//
// A rule splitter, not a model: a line break always ends a sentence (imported text keeps one
// paragraph, heading or caption per block), and . ! ? … and their Arabic and CJK forms end one
// when the next word does not start with a lower-case letter and the word before is not a known
// abbreviation ("Mr.", "U.S.", "Jan."), an initial ("J. Smith") or a number ("No. 5").
import { createOffsetIndex } from '@/lib/core/anchoring/code-points';

export type Sentence = {
  /** Code point offset of the first character (inclusive). */
  start: number;
  /** Code point offset after the last character (exclusive). */
  end: number;
  /** The sentence exactly as it is in the text (the claim's quote if it is accepted). */
  text: string;
};

const TERMINATOR = /[.!?…。！？؟۔]/u;
const CLOSING = /["'”’»)\]]/u;
// Lower-case words that follow an abbreviation's full stop rather than start a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'col', 'lt', 'sgt', 'capt', 'rep', 'sen', 'gov',
  'rev', 'hon', 'no', 'nos', 'vs', 'etc', 'e.g', 'i.e', 'inc', 'ltd', 'co', 'corp', 'approx', 'est', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m',
]);

export function splitSentences(text: string): Sentence[] {
  const index = createOffsetIndex(text);
  const sentences: Sentence[] = [];
  let from = 0;
  const emit = (to: number) => {
    let start = from;
    let end = to;
    while (start < end && /\s/u.test(text[start] as string)) start++;
    while (end > start && /\s/u.test(text[end - 1] as string)) end--;
    if (end > start) {
      sentences.push({ start: index.toCodePoint(start), end: index.toCodePoint(end, 'end'), text: text.slice(start, end) });
    }
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '\n') {
      emit(i);
      from = i + 1;
      continue;
    }
    if (!TERMINATOR.test(char)) continue;
    let end = i + 1;
    while (end < text.length && (TERMINATOR.test(text[end] as string) || CLOSING.test(text[end] as string))) end++;
    if (end < text.length && !/\s/u.test(text[end] as string)) continue; // "3.5", "U.S.-led", "www.x.uk"
    if (endsSentence(text, i, end)) {
      emit(end);
      from = end;
    }
    i = end - 1;
  }
  emit(text.length);
  return sentences;
}

/** Whether the terminator at `at` (with closing marks up to `after`) ends its sentence. */
function endsSentence(text: string, at: number, after: number): boolean {
  const next = /\S/u.exec(text.slice(after, after + 40));
  if (next && /\p{Ll}/u.test(next[0])) return false;
  if (text[at] !== '.') return true;
  const word = /(?:^|[\s("“])([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
  // "troops in the U.S. The next day" stays one sentence; keeping "Mr. Smith" whole matters more.
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "James R. Mattis"
  return true;
}
