import { describe, expect, test } from 'vitest';
import { renderClaimReviews } from './claim-review';
import type { ReviewReport } from './report-model';
import { SITE_URL, arabicReport, pressTvReport } from './testing/sample-reports';

const reviews = (report: ReviewReport) => renderClaimReviews(report, { siteUrl: `${SITE_URL}/` });

describe('ClaimReview JSON-LD for Google and other fact-check readers', () => {
  test('one ClaimReview per published claim with a verdict, never for one still being researched', () => {
    const report = pressTvReport();
    // Even a report of all claims publishes only the published ones.
    const all = reviews({ ...report, options: { onlyPublished: false, includeInternal: true } });
    expect(all.map((r) => r.claimReviewed)).toEqual([
      'Syria drove Daesh out of its last stronghold in November 2017',
      'UN Security Council Resolution 2254 says the future of Syria rests *only* with the Syrian people',
      'About 2,000 US troops are in Syria, according to the Pentagon',
    ]);
    expect(JSON.stringify(all)).not.toContain('shared drive');
  });

  test("has Google's required fields: claimReviewed, reviewRating.alternateName and url", () => {
    for (const review of [...reviews(pressTvReport()), ...reviews(arabicReport())]) {
      expect(review['@context']).toBe('https://schema.org');
      expect(review['@type']).toBe('ClaimReview');
      expect(review.claimReviewed.length).toBeGreaterThan(0);
      expect(review.reviewRating['@type']).toBe('Rating');
      expect(review.reviewRating.alternateName.length).toBeGreaterThan(0);
      expect(() => new URL(review.url)).not.toThrow();
    }
  });

  test('a published verdict is described as it was published, whatever the scale says now', () => {
    const report = pressTvReport();
    const troops = report.claims.find((c) => c.verdict?.key === 'true')!;
    // The scale was edited after publication: "True" became "Accurate" worth 10 of 10.
    troops.verdict = { key: 'true', label: 'Accurate', value: 10 };
    troops.publishedVerdict = { label: 'True', value: 5, worst: 1, best: 5 };
    const review = reviews(report).find((r) => r.claimReviewed.includes('US troops'));
    expect(review?.reviewRating).toMatchObject({ alternateName: 'True', ratingValue: 5, bestRating: 5, worstRating: 1 });
  });

  test('a scale verdict carries its value between worstRating and bestRating, higher is truer', () => {
    const [, resolution, troops] = reviews(pressTvReport());
    expect(troops?.reviewRating).toMatchObject({ alternateName: 'True', ratingValue: 5, bestRating: 5, worstRating: 1 });
    expect(resolution?.reviewRating).toMatchObject({ alternateName: 'Mostly true', ratingValue: 4, bestRating: 5, worstRating: 1 });
    for (const review of reviews(pressTvReport())) {
      const { ratingValue, bestRating, worstRating } = review.reviewRating;
      if (ratingValue === undefined) continue;
      expect(ratingValue).toBeGreaterThanOrEqual(worstRating ?? Infinity);
      expect(ratingValue).toBeLessThanOrEqual(bestRating ?? -Infinity);
    }
  });

  test('a verdict off the scale (Misleading) gives its label only, never an invented number', () => {
    const [stronghold] = reviews(pressTvReport());
    expect(stronghold?.reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'Misleading',
      ratingExplanation: 'The army retook Albu Kamal in November 2017, but Daesh held pockets of Syrian territory into 2019.',
    });
  });

  test('points at the public verdict page, else at the claim on the article page', () => {
    const [stronghold, , troops] = reviews(pressTvReport());
    expect(troops?.url).toBe('https://factcheck.example.org/checks/us-troops-in-syria');
    // Shared publicly, but a report cannot know the link (only its hash is stored): the permalink.
    expect(stronghold?.url).toBe(`${SITE_URL}/articles/art_presstv?claim=clm_stronghold`);
  });

  test('dates the publication, and the last correction as dateModified', () => {
    const [stronghold, , troops] = reviews(pressTvReport());
    expect(troops).toMatchObject({ datePublished: '2026-11-30T16:00:00.000Z', dateModified: '2026-12-01T08:00:00.000Z' });
    expect(stronghold?.datePublished).toBe('2026-11-30T16:00:00.000Z');
    expect(stronghold).not.toHaveProperty('dateModified');
  });

  test('is signed by the organisation, and says who made the claim, where and when it appeared', () => {
    const troops = reviews(pressTvReport())[2];
    expect(troops?.author).toEqual({ '@type': 'Organization', name: 'Desk Check', url: 'https://factcheck.example.org' });
    expect(troops?.datePublished).toBe('2026-11-30T16:00:00.000Z');
    expect(troops?.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'Press TV' },
      datePublished: '2017-12-28T10:00:00.000Z',
      appearance: [
        {
          '@type': 'CreativeWork',
          url: 'https://www.presstv.example/Detail/2017/12/28/lavrov-us-forces-syria',
          headline: 'Russian foreign minister says American forces must leave Syria',
          datePublished: '2017-12-28T10:00:00.000Z',
          publisher: { '@type': 'Organization', name: 'Press TV' },
        },
      ],
    });
  });

  test('without a statement, the quote is what was reviewed; an organisation without a site has no url', () => {
    const base = arabicReport();
    const report: ReviewReport = { ...base, claims: base.claims.map((c) => ({ ...c, statement: '  ' })) };
    const [refugees] = reviews(report);
    expect(refugees?.claimReviewed).toBe('بلغ مليونًا ونصف المليون شخص في نهاية عام 2023');
    expect(refugees?.author).toEqual({ '@type': 'Organization', name: 'Desk Check' });
  });
});
