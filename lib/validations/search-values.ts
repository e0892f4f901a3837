// Plain values, no zod: what client components may import (the schemas beside it stay on the
// server; decision 043). The schema module re-exports them.
export const searchKinds = ['article', 'claim', 'evidence', 'comment', 'reference_review'] as const;
export type SearchKind = (typeof searchKinds)[number];

export const searchKindLabels: Record<SearchKind, string> = {
  article: 'Articles',
  claim: 'Claims',
  evidence: 'Evidence',
  comment: 'Comments',
  reference_review: 'Other fact-checkers',
};
