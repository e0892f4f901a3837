// Plain values, no zod: what client components may import (the schemas beside it stay on the
// server; decision 043). The schema module re-exports them.
export const claimsViewSorts = ['statement', 'status', 'verdict', 'assignee', 'claimant', 'article', 'outlet', 'marked', 'published', 'corrected', 'updated'] as const;
export type ClaimsViewSort = (typeof claimsViewSorts)[number];
export const claimsViewSortLabels: Record<ClaimsViewSort, string> = {
  statement: 'Statement',
  status: 'Status',
  verdict: 'Verdict',
  assignee: 'Assignee',
  claimant: 'Claimant',
  article: 'Article',
  outlet: 'Outlet',
  marked: 'Marked',
  published: 'Published',
  corrected: 'Corrected',
  updated: 'Updated',
};
