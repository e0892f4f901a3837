// Suggested claims on import and "already checked?": pure, English-focused rules with reasons a
// checker can read (decision 024). No model, no network, no Node APIs: runs anywhere.
export { splitSentences } from './split-sentences';
export type { Sentence } from './split-sentences';

export { scoreCheckWorthiness, WORTHINESS_THRESHOLD } from './score-check-worthiness';
export type { Worthiness, WorthinessReason } from './score-check-worthiness';
export type { SignalKind } from './worthiness-signals';

export { normalizeClaim } from './normalize-claim';
export type { NormalizedClaim } from './normalize-claim';
export { compareClaims } from './claim-similarity';
export type { ClaimSimilarity, NumberAgreement } from './claim-similarity';
export { createClaimIndex, searchKey, SIMILARITY_THRESHOLD } from './claim-index';
export type { ClaimIndex, ClaimMatch, FindOptions, IndexableClaim } from './claim-index';

export { describeEarlierCheck, suggestClaims } from './suggest-claims';
export type { PublishedClaim, Suggestion, SuggestionKind, SuggestOptions } from './suggest-claims';
