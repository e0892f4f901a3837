import { describe, expect, it } from 'vitest';
import { parseClaimReviews } from './parse-claim-review';

const review = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://partner.example/checks/troops',
  claimReviewed: 'The Pentagon sent 2,000 troops to Syria in March.',
  datePublished: '2026-05-03',
  author: { '@type': 'Organization', name: 'Partner Checks' },
  reviewRating: { '@type': 'Rating', ratingValue: 1, alternateName: 'False' },
  itemReviewed: { '@type': 'Claim', author: { name: 'A senator' }, appearance: [{ url: 'https://news.example/a' }] },
};

describe('reading ClaimReview JSON-LD', () => {
  it('reads one object with its publisher, rating, date, claimant and first appearance', () => {
    const result = parseClaimReviews(JSON.stringify(review));
    expect(result).toEqual({
      ok: true,
      reviews: [{
        url: review.url, publisher: 'Partner Checks', claimReviewed: review.claimReviewed, ratingName: 'False', ratingValue: '1',
        reviewedAt: '2026-05-03T00:00:00.000Z', author: 'Partner Checks', claimant: 'A senator', appearanceUrl: 'https://news.example/a',
      }],
    });
  });

  it('finds reviews in arrays, @graph, a DataFeed and a web page', () => {
    const second = { ...review, url: 'https://partner.example/checks/2' };
    expect(parseClaimReviews(JSON.stringify([review, second]))).toMatchObject({ ok: true, reviews: [{}, {}] });
    expect(parseClaimReviews(JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, review] }))).toMatchObject({ ok: true, reviews: [{}] });
    const feed = { '@type': 'DataFeed', dataFeedElement: [{ '@type': 'DataFeedItem', item: [review] }, { '@type': 'DataFeedItem', item: second }] };
    expect(parseClaimReviews(JSON.stringify(feed))).toMatchObject({ ok: true, reviews: [{ url: review.url }, { url: second.url }] });
    const page = `<html><head><script type="application/ld+json">${JSON.stringify(review)}</script></head></html>`;
    expect(parseClaimReviews(page)).toMatchObject({ ok: true, reviews: [{ url: review.url }] });
  });

  it('refuses malformed documents with a message saying what is wrong', () => {
    expect(parseClaimReviews('{"@type": "ClaimReview",')).toMatchObject({ ok: false, message: expect.stringMatching(/not valid JSON/) });
    expect(parseClaimReviews('{"@type": "Article"}')).toMatchObject({ ok: false, message: expect.stringMatching(/No ClaimReview found/) });
    const noClaim = parseClaimReviews(JSON.stringify([review, { ...review, claimReviewed: undefined }]));
    expect(noClaim).toMatchObject({ ok: false, message: expect.stringMatching(/^ClaimReview 2: claimReviewed .*Nothing was imported/) });
    const badUrl = parseClaimReviews(JSON.stringify({ ...review, url: 'javascript:alert(1)' }));
    expect(badUrl).toMatchObject({ ok: false, message: expect.stringMatching(/ClaimReview 1: url/) });
  });

  it('caps the number of reviews', () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({ ...review, url: `https://partner.example/${i}` }));
    expect(parseClaimReviews(JSON.stringify(many))).toMatchObject({ ok: false, message: expect.stringMatching(/more than 1000/) });
  });
});
