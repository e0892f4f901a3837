// schema.org ClaimReview JSON-LD: how fact-checks are published to Google's Fact Check Explorer,
// Duke's Fact-Check Insights and other readers. One ClaimReview per claim that is published
// and has a verdict; nothing unpublished or internal ever goes into one.
//
// Google requires claimReviewed, reviewRating.alternateName and url; the rest is recommended.
// Numeric ratings follow the scale (higher is truer, as consumers assume); verdicts off the
// scale (Misleading, Unproven…) carry only their label, never an invented number.
//
// The claimant is typed Organization: the data model does not say whether a claimant is a
// person, and guessing from the name ("Press TV" vs "Sergei Lavrov") would be wrong often
// enough to mislead aggregators. schema.org accepts either type for Claim.author.

import { scaleBounds } from '@/lib/core/rating-scale/rating-scale';
import { claimPermalink } from './permalinks';
import { reportClaims } from './report-model';
import type { ReportClaim, ReviewReport } from './report-model';

type Organization = { '@type': 'Organization'; name: string; url?: string };

export type ClaimReviewJsonLd = {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  datePublished?: string;
  dateModified?: string;
  author: Organization;
  reviewRating: {
    '@type': 'Rating';
    alternateName: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
    ratingExplanation?: string;
  };
  itemReviewed: {
    '@type': 'Claim';
    author?: Organization;
    datePublished?: string;
    appearance: {
      '@type': 'CreativeWork';
      url?: string;
      headline: string;
      datePublished?: string;
      publisher?: Organization;
    }[];
  };
};

export type ClaimReviewOptions = {
  /**
   * The instance's public origin, for the claim's team permalink: `url` is the public page only
   * when the report knows its address (the public page does; exports cannot, decision 006).
   */
  siteUrl: string;
};

export function renderClaimReviews(report: ReviewReport, { siteUrl }: ClaimReviewOptions): ClaimReviewJsonLd[] {
  const bounds = scaleBounds(report.ratingScale);
  // Always the published claims, whatever the report's own options: ClaimReview is publication.
  return reportClaims({ ...report, options: { onlyPublished: true, includeInternal: false } })
    .filter((claim) => claim.verdict !== null)
    .map((claim) => claimReview(report, claim, bounds, siteUrl));
}

function claimReview(
  report: ReviewReport,
  claim: ReportClaim,
  bounds: ReturnType<typeof scaleBounds>,
  siteUrl: string,
): ClaimReviewJsonLd {
  const { article, workspace } = report;
  // The verdict as published, with the scale's ends then (decision 040); the live verdict only
  // for a claim published before snapshots existed and not backfilled (e.g. a restored backup).
  const published = claim.publishedVerdict ?? null;
  const verdict = published ?? (claim.verdict as NonNullable<ReportClaim['verdict']>);
  const ends = published ? { best: published.best, worst: published.worst } : bounds;
  const onScale = verdict.value !== null && ends !== null;
  const explanation = oneLine(claim.explanation);
  const claimant = oneLine(claim.claimant);
  const appearanceUrl = article.canonicalUrl ?? article.sourceUrl;
  const datePublished = claim.publishedAt ?? claim.approvedAt;
  // A corrected verdict says when, so readers and aggregators know the review changed.
  const dateModified = claim.correctedAt ?? claim.corrections.at(-1)?.at ?? null;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: claim.publicUrl ?? claimPermalink(siteUrl, article.id, claim.id),
    // The statement is the neutral rewrite Google asks for; the quote when there is none.
    claimReviewed: oneLine(claim.statement) || oneLine(claim.exact),
    ...(datePublished ? { datePublished } : {}),
    ...(dateModified ? { dateModified } : {}),
    author: organization(workspace.name, workspace.organizationUrl),
    reviewRating: {
      '@type': 'Rating',
      alternateName: verdict.label,
      ...(onScale ? { ratingValue: verdict.value as number, bestRating: ends.best, worstRating: ends.worst } : {}),
      ...(explanation ? { ratingExplanation: explanation } : {}),
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(claimant ? { author: organization(claimant, null) } : {}),
      ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
      appearance: [
        {
          '@type': 'CreativeWork',
          ...(appearanceUrl ? { url: appearanceUrl } : {}),
          headline: article.title,
          ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
          ...(article.outlet ? { publisher: organization(article.outlet, null) } : {}),
        },
      ],
    },
  };
}

function organization(name: string, url: string | null): Organization {
  return { '@type': 'Organization', name, ...(url ? { url } : {}) };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
