// The values of a correction request's fields, without zod: the schemas (correction-request.ts)
// and lib/core/correction-requests (which client components read) both take them from here.

export const recipientKinds = ['claimant', 'publisher', 'regulator', 'other'] as const;
export type RecipientKind = (typeof recipientKinds)[number];

export const channels = ['email', 'form', 'social', 'letter', 'other'] as const;
export type Channel = (typeof channels)[number];

export const outcomes = ['pending', 'corrected', 'clarified', 'removed', 'declined', 'no_answer'] as const;
export type Outcome = (typeof outcomes)[number];

export const flagReasons = ['moved', 'changed', 'orphaned'] as const;
export type FlagReason = (typeof flagReasons)[number];
