// Plain values, no zod: what client components may import (the schemas beside it stay on the
// server; decision 043). The schema module re-exports them.

export const notificationKinds = [
  'mentioned',
  'assigned',
  'review_requested',
  'proposal_approved',
  'proposal_sent_back',
  'verdict_corrected',
  'article_changed',
  'invitation_accepted',
] as const;
export type NotificationKindValue = (typeof notificationKinds)[number];

export const notificationDeliveries = ['immediate', 'digest', 'off'] as const;
export type NotificationDeliveryValue = (typeof notificationDeliveries)[number];
