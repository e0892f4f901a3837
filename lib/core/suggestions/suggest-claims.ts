// Suggestions for an imported article: sentences that repeat a claim the desk has published,
// and sentences worth checking, each with its range (code points), its exact quote and the
// reasons a checker reads. A suggestion is never a claim: a person accepts or dismisses it.
import type { ClaimIndex, ClaimMatch } from './claim-index';
import { scoreCheckWorthiness } from './score-check-worthiness';
import type { Worthiness } from './score-check-worthiness';
import { splitSentences } from './split-sentences';

/** What the desk published about an earlier claim, as far as a suggestion needs it. */
export type PublishedClaim = {
  id: string;
  statement: string;
  /** The verdict's label on the workspace's scale, e.g. "False". */
  verdictLabel?: string;
  /** When the verdict was published, ISO 8601. */
  publishedAt?: string;
  /** searchKey(statement) if stored with the claim: makes indexing a workspace much faster. */
  searchKey?: string;
};

export type SuggestionKind = 'already-checked' | 'check-worthy';

export type Suggestion<T extends PublishedClaim = PublishedClaim> = {
  kind: SuggestionKind;
  /** Code point offsets into the article's text, as claims store them (decision 003). */
  start: number;
  end: number;
  /** The sentence exactly as in the text: the quote of the claim if it is accepted. */
  exact: string;
  /** The published claim it repeats, with how alike they are and why. */
  match?: ClaimMatch<T>;
  worthiness: Worthiness;
  /** Why it is suggested, for the reader: the match first, then the positive signals. */
  reasons: string[];
};

export type SuggestOptions<T extends PublishedClaim> = {
  /** The desk's published claims; without it only check-worthy sentences are suggested. */
  published?: ClaimIndex<T>;
  /** Ranges (code points) of claims already on the article: sentences overlapping them are skipped. */
  marked?: readonly { start: number; end: number }[];
};

export function suggestClaims<T extends PublishedClaim>(text: string, options: SuggestOptions<T> = {}): Suggestion<T>[] {
  const marked = options.marked ?? [];
  const suggestions: Suggestion<T>[] = [];
  for (const sentence of splitSentences(text)) {
    if (marked.some((range) => range.start < sentence.end && sentence.start < range.end)) continue;
    const worthiness = scoreCheckWorthiness(sentence.text);
    const match = options.published?.findSimilar(sentence.text, { limit: 1 })[0];
    if (!match && !worthiness.worthy) continue;
    const positive = worthiness.reasons.filter((reason) => reason.weight > 0).map((reason) => reason.text);
    suggestions.push({
      kind: match ? 'already-checked' : 'check-worthy',
      start: sentence.start,
      end: sentence.end,
      exact: sentence.text,
      match,
      worthiness,
      reasons: match ? [describeEarlierCheck(match), ...positive] : positive,
    });
  }
  return suggestions;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Your desk rated this False on 3 May 2026 (shares: 'Pentagon', '2,000', 'troops'; numbers agree)". */
export function describeEarlierCheck(match: ClaimMatch<PublishedClaim>): string {
  const { claim, similarity } = match;
  const date = claim.publishedAt ? new Date(claim.publishedAt) : null;
  const when = date && !Number.isNaN(date.getTime()) ? ` on ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` : '';
  const what = claim.verdictLabel ? `Your desk rated this ${claim.verdictLabel}${when}` : `Your desk checked this before${when}`;
  return `${what}: “${claim.statement}” (${similarity.explanation})`;
}
