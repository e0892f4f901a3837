import type { ClaimReviewJsonLd } from '@/lib/core/exports/claim-review';
import type { WebhookEventType } from '@/lib/validations/webhook';

// The JSON bodies of deliveries: Standard Webhooks' recommended envelope `{ type, timestamp,
// data }`, `data` one shape per event type. Everything in them is what an admin of the
// workspace may read; a published verdict carries its ClaimReview, exactly as the public page
// and the exports render it.

export type WebhookArticle = {
  id: string;
  title: string;
  sourceUrl: string | null;
  canonicalUrl: string | null;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  /** The article's page on this instance (members only). */
  url: string;
};

export type WebhookClaim = {
  id: string;
  articleId: string;
  quote: string;
  statement: string;
  claimant: string;
  status: string;
  verdict: { key: string; label: string; value: number | null } | null;
  explanation: string;
  publishedAt: string | null;
  correctedAt: string | null;
  /** The claim in its article on this instance (members only). */
  url: string;
};

export type ClaimEventData = {
  claim: WebhookClaim;
  article: WebhookArticle;
  /** For a published (or corrected) verdict that is still published; null otherwise. */
  claimReview: ClaimReviewJsonLd | null;
  /**
   * Whether a live public page shows the verdict. Its address is not given: only a hash of a
   * share token is stored, and a delivery never makes a token (decision 010).
   */
  publiclyShared: boolean;
  /** claim.corrected: the reason given for the newest correction. */
  correction?: { at: string; reason: string | null };
};

export type ArticleEventData = { article: WebhookArticle };
export type VersionEventData = {
  article: WebhookArticle;
  version: { id: string; number: number; importedAt: string; contentHash: string };
};
export type ShareLinkEventData = {
  shareLink: { id: string; kind: 'claim' | 'article'; articleId: string; claimId: string | null; revokedAt: string | null };
};
/** The subject no longer exists (deleted before the first attempt): only its ids are sent. */
export type GoneEventData = { gone: true; subject: Record<string, string> };

export type WebhookEventData = ClaimEventData | ArticleEventData | VersionEventData | ShareLinkEventData | GoneEventData;

export type WebhookEnvelope = { type: WebhookEventType; timestamp: string; data: WebhookEventData };

/** The body as sent, byte for byte, by every attempt of the delivery (the signature covers it). */
export function webhookBody(type: WebhookEventType, occurredAt: Date, data: WebhookEventData): string {
  const envelope: WebhookEnvelope = { type, timestamp: occurredAt.toISOString(), data };
  return JSON.stringify(envelope);
}

/** The event types about a claim: their data is ClaimEventData. */
export const CLAIM_EVENT_TYPES: readonly WebhookEventType[] = ['claim.published', 'claim.corrected', 'claim.unpublished'];
