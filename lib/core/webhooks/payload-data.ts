import type { ClaimReviewJsonLd } from '@/lib/core/exports/claim-review';
import { articlePermalink, claimPermalink } from '@/lib/core/exports/permalinks';
import type { ClaimEventData, WebhookArticle, WebhookClaim } from './payload';

// Rows as the data layer reads them, turned into what a delivery says: dates as ISO 8601, the
// quote under its plain name, and this instance's own links (members only) beside the source's.

export type ArticleRow = {
  id: string;
  title: string;
  sourceUrl: string | null;
  canonicalUrl: string | null;
  outlet: string | null;
  author: string | null;
  publishedAt: Date | null;
};

export type ClaimRow = {
  id: string;
  articleId: string;
  exact: string;
  statement: string;
  claimant: string;
  status: string;
  explanation: string;
  publishedAt: Date | null;
  correctedAt: Date | null;
  rating: { key: string; label: string; value: number | null } | null;
};

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function webhookArticle(row: ArticleRow, siteUrl: string): WebhookArticle {
  return { ...row, publishedAt: iso(row.publishedAt), url: articlePermalink(siteUrl, row.id) };
}

export function webhookClaim(row: ClaimRow, siteUrl: string): WebhookClaim {
  const { exact, rating, ...rest } = row;
  return {
    ...rest,
    quote: exact,
    verdict: rating,
    publishedAt: iso(row.publishedAt),
    correctedAt: iso(row.correctedAt),
    url: claimPermalink(siteUrl, row.articleId, row.id),
  };
}

export function claimEventData(
  claim: ClaimRow,
  article: ArticleRow,
  siteUrl: string,
  extra: { claimReview: ClaimReviewJsonLd | null; publiclyShared: boolean; correction: { at: Date; reason: string | null } | null },
): ClaimEventData {
  return {
    claim: webhookClaim(claim, siteUrl),
    article: webhookArticle(article, siteUrl),
    // Only what is published is public: a verdict taken back carries no ClaimReview.
    claimReview: claim.status === 'published' ? extra.claimReview : null,
    publiclyShared: claim.status === 'published' && extra.publiclyShared,
    ...(extra.correction ? { correction: { at: extra.correction.at.toISOString(), reason: extra.correction.reason } } : {}),
  };
}
