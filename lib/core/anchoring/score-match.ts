// Scoring of a candidate place for a stored quote, after Hypothesis's match-quote.ts: similarity
// of the quote, of the text before it to the stored prefix, of the text after it to the stored
// suffix, and closeness to where the claim was expected.
//
// Why we do not simply take the best score, as Hypothesis does: news text repeats itself
// ("percent in 2019", "the ministry said", a template sentence with another year). Measured on
// our generated article, a random 60-character passage has a look-alike at ≥ 0.8 similarity
// within 4,000 characters nine times in ten, and a deleted claim's look-alike often keeps one
// side of the context exactly. The true place of an edited claim has the same signature, so
// the scores alone cannot tell them apart; *where* the candidate is (locality.ts, landmarks.ts)
// and whether the claim's own sentence is intact around it (sentence-context.ts) can. The
// decision is made in choose-match.ts.

import { ownSentencePrefix, ownSentenceSuffix } from './sentence-context';
import { similarity } from './text-search';
import type { StringMatch } from './text-search';
import type { TextQuoteSelector } from './selectors';

// Weights as in Hypothesis: the quote matters most; the context on each side tells two equal
// quotes apart; closeness is only a tie-breaker inside the score (whether a candidate is
// where the claim is expected is a separate yes/no, see locality.ts).
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const EVIDENCE_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT;

export type ScoredMatch = {
  start: number;
  end: number;
  quoteScore: number;
  prefixScore: number;
  suffixScore: number;
  /** The stored context within the quote's own sentence matches exactly on that side. */
  prefixConsistent: boolean;
  suffixConsistent: boolean;
  /** Quote and context only, in [0, 1]. Used for acceptance and ambiguity. */
  evidence: number;
  /** Evidence plus the closeness tie-breaker, in [0, 1]. Used for ranking and reported. */
  score: number;
};

/** Scores `match` (UTF-16 offsets into `text`) against the stored quote and expected start. */
export function scoreMatch(text: string, match: StringMatch, quote: TextQuoteSelector, hint?: number): ScoredMatch {
  const quoteScore = 1 - match.errors / quote.exact.length;
  const prefixScore = contextScore(
    text.slice(Math.max(0, match.start - quote.prefix.length), match.start),
    quote.prefix,
    match.start === 0,
  );
  const suffixScore = contextScore(
    text.slice(match.end, match.end + quote.suffix.length),
    quote.suffix,
    match.end === text.length,
  );
  const ownPrefix = ownSentencePrefix(quote.prefix);
  const ownSuffix = ownSentenceSuffix(quote.exact, quote.suffix);
  const weighted = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore;
  const positionScore = hint === undefined ? 0.5 : 1 - Math.abs(match.start - hint) / Math.max(1, text.length);
  return {
    start: match.start,
    end: match.end,
    quoteScore,
    prefixScore,
    suffixScore,
    prefixConsistent: match.start >= ownPrefix.length && text.slice(match.start - ownPrefix.length, match.start) === ownPrefix,
    suffixConsistent: text.startsWith(ownSuffix, match.end),
    evidence: weighted / EVIDENCE_WEIGHT,
    score: (weighted + POSITION_WEIGHT * positionScore) / (EVIDENCE_WEIGHT + POSITION_WEIGHT),
  };
}

/** The quote and both sides of its context are exactly as stored. */
export function isPerfect(match: ScoredMatch): boolean {
  return match.quoteScore === 1 && match.prefixScore === 1 && match.suffixScore === 1;
}

/** `isPerfect` for an exact occurrence at `start`, without computing similarities. */
export function isPerfectAt(text: string, quote: TextQuoteSelector, start: number): boolean {
  const end = start + quote.exact.length;
  if (!text.startsWith(quote.exact, start)) return false;
  const prefixOk = quote.prefix === '' ? start === 0 : text.slice(start - quote.prefix.length, start) === quote.prefix;
  const suffixOk = quote.suffix === '' ? end === text.length : text.startsWith(quote.suffix, end);
  return prefixOk && suffixOk && start >= quote.prefix.length;
}

/**
 * Similarity of the text beside a candidate to the stored context. An empty stored context
 * means the claim touched the edge of the text: full marks if the candidate does too, and a
 * neutral half otherwise (text was added before or after it, which proves nothing either way).
 */
function contextScore(actual: string, expected: string, atEdge: boolean): number {
  if (expected.length === 0) return atEdge ? 1 : 0.5;
  return similarity(actual, expected);
}
