// The normal form two claims are compared in: what is left of a sentence once wording that does
// not change what it asserts is taken away. Case, accents, punctuation, stop words, reporting
// verbs ("said", "according to") and inflection go; numbers are read as values, so "2,000",
// "2 000", "2000" and "2k" are one number and "£1.8bn" is 1800000000; a few newsroom synonyms
// are folded ("American" = "US", "soldiers" = "troops", "rose" = "increased").
//
// English-focused: stop words, synonyms and the stemmer are English. Other scripts are split
// into words and compared as they are (no stemming), which is enough for exact repeats.
import { STOP_WORDS, SYNONYMS } from './claim-vocabulary';

export type NormalizedClaim = {
  /** Distinct content terms (stemmed, synonyms folded), numbers excluded. */
  terms: string[];
  /** Distinct numbers as canonical values: "2000", "3.4%", "1800000000". */
  numbers: string[];
  /** Terms written with a capital letter: names of people, places, organisations. */
  names: Set<string>;
  /** Names written in capitals ("IMF", "UN"), which may stand for several names elsewhere. */
  acronyms: Set<string>;
  /** The first way each term and number was written, for explanations ("2,000 troops"). */
  surface: Map<string, string>;
};

const MULTIPLIERS: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mln: 1e6, million: 1e6, bn: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12,
};
// A number: thousands grouped by comma or (narrow) space, or plain digits; an optional decimal
// part; then an optional per cent sign or multiplier word.
const NUMBER =
  /(?<![\p{L}\d.])(\d{1,3}(?:[,\u0020\u00a0\u202f]\d{3})+(?!\d)|\d+)(\.\d+)?(?:\s?(%|per ?cent\b|percent\b)|\s?(k|thousand|mn|mln|m|million|bn|billion|tn|trillion)\b)?/giu;
// "four times the rate" and "4 times" are one number. Not "one", which is more often a pronoun.
const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const NUMBER_WORD = new RegExp(`\\b(?:${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'giu');
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’]\p{L}+)*/gu;

export function normalizeClaim(text: string): NormalizedClaim {
  const surface = new Map<string, string>();
  const numbers = new Set<string>();
  const prepared = text.replace(/\bU\.S\.?(?=\W|$)/gu, 'US').replace(/\bU\.K\.?(?=\W|$)/gu, 'UK');
  const withoutNumbers = prepared.replace(NUMBER, (match, whole: string, fraction: string | undefined, percent, multiplier) => {
    const value = canonicalNumber(whole, fraction, multiplier as string | undefined) + (percent ? '%' : '');
    numbers.add(value);
    if (!surface.has(value)) surface.set(value, match.trim());
    return ' ';
  }).replace(NUMBER_WORD, (word: string) => {
    const value = String(NUMBER_WORDS[word.toLowerCase()]);
    numbers.add(value);
    if (!surface.has(value)) surface.set(value, word);
    return ' ';
  });

  const terms = new Set<string>();
  const names = new Set<string>();
  const acronyms = new Set<string>();
  let first = true;
  for (const phrase of foldPhrases(withoutNumbers).matchAll(WORD)) {
    const word = phrase[0];
    const term = toTerm(word);
    if (term) {
      terms.add(term);
      if (looksLikeName(word, first)) names.add(term);
      if (/^\p{Lu}{2,5}$/u.test(word)) acronyms.add(term);
      if (!surface.has(term)) surface.set(term, word);
    }
    first = false;
  }
  return { terms: [...terms], numbers: [...numbers], names, acronyms, surface };
}

/** "2,000" → "2000"; "1.8" with "bn" → "1800000000"; "3.40" → "3.4". */
export function canonicalNumber(whole: string, fraction = '', multiplier?: string): string {
  const value = Number(whole.replace(/[^\d]/gu, '') + fraction) * (MULTIPLIERS[multiplier?.toLowerCase() ?? ''] ?? 1);
  return String(Number(value.toPrecision(12)));
}

/** One word → its term, or '' for a stop word. Exported for the index's query side. */
export function toTerm(word: string): string {
  let term = TERMS.get(word);
  if (term === undefined) {
    // Words repeat across claims; a bounded memo halves the time to index a workspace.
    if (TERMS.size > 100_000) TERMS.clear();
    term = computeTerm(word);
    TERMS.set(word, term);
  }
  return term;
}

const TERMS = new Map<string, string>();

function computeTerm(word: string): string {
  const plain = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]s$/u, '');
  // An acronym is never a stop word: "US" is a country, "us" a pronoun.
  const acronym = word.length > 1 && word === word.toUpperCase() && /^\p{Lu}/u.test(word);
  if (!acronym && (STOP_WORDS.has(plain) || /^[a-z]$/u.test(plain))) return '';
  return stem(SYNONYMS.get(plain) ?? plain);
}

/**
 * A capital letter marks a name, except on a sentence's first word ("Household bills…"), which
 * counts only when it cannot be a common word: an acronym, "YouGov", or a possessive "Nvidia's".
 */
function looksLikeName(word: string, first: boolean): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  return !first || /^\p{Lu}+$/u.test(word) || /\p{Ll}\p{Lu}/u.test(word) || /['’]s$/u.test(word);
}

// Multi-word names folded before words are split, so they count as one term.
const PHRASES: Record<string, string> = {
  'united states': 'US',
  'united kingdom': 'UK',
  'great britain': 'UK',
  'united nations': 'UN',
  'european union': 'EU',
  'gross domestic product': 'GDP',
  'artificial intelligence': 'AI',
};
const PHRASE = new RegExp(`\\b(?:${Object.keys(PHRASES).join('|')})\\b`, 'giu');

function foldPhrases(text: string): string {
  return text.replace(PHRASE, (phrase) => PHRASES[phrase.toLowerCase()] ?? phrase);
}

/**
 * A light English stemmer: enough to meet "troops"/"troop", "airlifted"/"airlifting",
 * "authorised"/"authorized". Not Porter: it never has to produce a word, only the same key for
 * two inflections, and over-stemming joins words that mean different things.
 */
function stem(word: string): string {
  if (!/^[a-z]+$/u.test(word) || word.length <= 3) return word;
  let w = word.replace(/is(e|ed|es|ing|ation|ations)$/u, 'iz$1');
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/u.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  if (/([b-df-hj-np-tv-z])\1$/u.test(w) && !/(ll|ss)$/u.test(w)) w = w.slice(0, -1); // "spotted" → "spot"
  return w;
}
