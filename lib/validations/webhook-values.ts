// Plain values, no zod: what client components may import (the schemas beside it stay on the
// server; decision 043). The schema module re-exports them.

export const webhookEventTypes = [
  'claim.published',
  'claim.corrected',
  'claim.unpublished',
  'article.created',
  'article.version_created',
  'share_link.revoked',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

export const webhookEventLabels: Record<WebhookEventType, string> = {
  'claim.published': 'A verdict is published',
  'claim.corrected': 'A published verdict is corrected',
  'claim.unpublished': 'A verdict is taken back from publication',
  'article.created': 'An article is imported',
  'article.version_created': 'A new version of an article is found',
  'share_link.revoked': 'A share link is revoked',
};
