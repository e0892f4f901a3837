import { describe, expect, it } from 'vitest';
import type { ClaimReviewJsonLd } from '@/lib/core/exports/claim-review';
import { webhookBody, type WebhookEnvelope } from './payload';
import { claimEventData, webhookArticle, type ArticleRow, type ClaimRow } from './payload-data';

const SITE = 'https://desk.example.org';
const article: ArticleRow = {
  id: 'art1',
  title: 'Harbour figures',
  sourceUrl: 'https://news.example/harbour',
  canonicalUrl: null,
  outlet: 'Harbour Gazette',
  author: null,
  publishedAt: new Date('2025-03-01T00:00:00Z'),
};
const claim: ClaimRow = {
  id: 'cl1',
  articleId: 'art1',
  exact: 'carried 40,000 cars a day',
  statement: 'The bridge carried 40,000 cars a day in 2024',
  claimant: 'The mayor',
  status: 'published',
  explanation: 'Traffic counts say 31,000.',
  publishedAt: new Date('2026-12-04T10:00:00Z'),
  correctedAt: null,
  rating: { key: 'false', label: 'False', value: 1 },
};
const review = { '@type': 'ClaimReview', claimReviewed: claim.statement } as ClaimReviewJsonLd;

describe('webhook payloads', () => {
  it('wrap data in the Standard Webhooks envelope: type, ISO timestamp, data', () => {
    const body = webhookBody('article.created', new Date('2026-12-04T10:00:00.123Z'), { article: webhookArticle(article, SITE) });
    const parsed = JSON.parse(body) as WebhookEnvelope;
    expect(parsed).toEqual({
      type: 'article.created',
      timestamp: '2026-12-04T10:00:00.123Z',
      data: {
        article: {
          id: 'art1',
          title: 'Harbour figures',
          sourceUrl: 'https://news.example/harbour',
          canonicalUrl: null,
          outlet: 'Harbour Gazette',
          author: null,
          publishedAt: '2025-03-01T00:00:00.000Z',
          url: 'https://desk.example.org/articles/art1',
        },
      },
    });
  });

  it('give a published verdict with its ClaimReview, the claim’s permalink and the correction', () => {
    const data = claimEventData(claim, article, SITE, {
      claimReview: review,
      publiclyShared: true,
      correction: { at: new Date('2026-12-04T11:00:00Z'), reason: 'Wrong year' },
    });
    expect(data.claim).toEqual({
      id: 'cl1',
      articleId: 'art1',
      quote: 'carried 40,000 cars a day',
      statement: 'The bridge carried 40,000 cars a day in 2024',
      claimant: 'The mayor',
      status: 'published',
      explanation: 'Traffic counts say 31,000.',
      verdict: { key: 'false', label: 'False', value: 1 },
      publishedAt: '2026-12-04T10:00:00.000Z',
      correctedAt: null,
      url: 'https://desk.example.org/articles/art1?claim=cl1',
    });
    expect(data.claimReview).toBe(review);
    expect(data.publiclyShared).toBe(true);
    expect(data.correction).toEqual({ at: '2026-12-04T11:00:00.000Z', reason: 'Wrong year' });
  });

  it('never put a ClaimReview or a public page on a verdict taken back', () => {
    const data = claimEventData({ ...claim, status: 'draft' }, article, SITE, { claimReview: review, publiclyShared: true, correction: null });
    expect(data.claimReview).toBeNull();
    expect(data.publiclyShared).toBe(false);
    expect(data).not.toHaveProperty('correction');
  });
});
