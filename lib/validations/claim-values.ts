// Plain values, no zod: what client components may import (the schemas beside it stay on the
// server; decision 043). The schema module re-exports them.
export const claimStatuses = ['to_check', 'researching', 'needs_review', 'published', 'dismissed'] as const;
export type ClaimStatusValue = (typeof claimStatuses)[number];

export const claimStatusLabels: Record<ClaimStatusValue, string> = {
  to_check: 'To check',
  researching: 'Researching',
  needs_review: 'Needs review',
  published: 'Published',
  dismissed: 'Dismissed',
};
