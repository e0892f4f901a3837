// The review report of one article: the single input every export format renders from
// (Markdown, CSV, JSON, ClaimReview, Web Annotations, and the PDF's page). The data layer
// assembles it once, already scoped to what the acting member may see; the renderers are pure
// functions of it, so two formats of one report can never disagree.
//
// Units: `start`/`end` of a claim are Unicode code points of `article.text` (as stored and as
// the API returns them), never UTF-16. Dates are ISO 8601 strings.

import type { ArticleDto } from '@/lib/validations/article';
import type { ClaimDto } from '@/lib/validations/claim';
import type { EvidenceDto } from '@/lib/validations/evidence';
import type { ArchiveNote } from '@/lib/core/archive/archive-sentence';
import type { RatingDto } from '@/lib/validations/rating';
import type { PublicCorrectionRequestDto } from '@/lib/validations/correction-request';

export type ReportOptions = {
  /** Only claims whose status is `published` (the default for a report handed outside). */
  onlyPublished: boolean;
  /** Keep the team's internal notes on evidence; off for anything leaving the newsroom. */
  includeInternal: boolean;
};

export const DEFAULT_REPORT_OPTIONS: ReportOptions = { onlyPublished: true, includeInternal: false };

export type ReportWorkspace = {
  /** The fact-checking organisation as it signs its work (ClaimReview `author.name`). */
  name: string;
  organizationUrl: string | null;
  /** The workspace's public methodology and corrections log while an admin has them on (decision 040). */
  publicPages?: { methodologyUrl: string; correctionsUrl: string } | null;
};

export type ReportArticle = Pick<
  ArticleDto,
  'id' | 'title' | 'sourceUrl' | 'canonicalUrl' | 'author' | 'outlet' | 'publishedAt' | 'language' | 'direction' | 'text'
> & {
  /** When the frozen text the claims point into was imported, and its SHA-256 (hex). */
  importedAt: string;
  contentHash: string;
  versionNumber: number;
};

export type ReportEvidence = Pick<EvidenceDto, 'id' | 'url' | 'title' | 'publisher' | 'passage' | 'stance' | 'accessedAt'> & {
  /** Present only when the report includes internal notes; never rendered otherwise. */
  internalNote?: string;
  /** Its archived copy of the current link (decision 038): when, and whether the passage is in it. */
  archive?: ArchiveNote | null;
};

/**
 * A change made after publication (IFCN principle 5): which field (`verdict`, `explanation`),
 * what was shown before and after (a verdict by its label), by whom, and why.
 */
export type ReportCorrection = { at: string; by: string; field: string | null; from: string | null; to: string | null; reason: string };

/**
 * That a published claim has a live public link, without the link: only the token's hash is
 * stored (decision 010), so a report can say that and since when, never print the address.
 * `expiresAt` is null when at least one live link never expires.
 */
export type ReportPublicLink = { sharedAt: string; expiresAt: string | null };

/**
 * A request the desk made to correct the claim (decision 039): whom, how, when, the outcome and
 * the link to the correction. Never the internal note, whatever the report's options.
 */
export type ReportCorrectionRequest = PublicCorrectionRequestDto;

export type ReportClaim = Pick<
  ClaimDto,
  | 'id' | 'start' | 'end' | 'exact' | 'prefix' | 'suffix' | 'anchorState' | 'statement' | 'claimant'
  | 'status' | 'verdict' | 'publishedVerdict' | 'explanation' | 'createdAt' | 'updatedAt'
> & {
  evidence: ReportEvidence[];
  /** Who marked the claim (the annotation's creator); null when that member was removed. */
  createdBy: string | null;
  /** Who researched the verdict (its proposer), and who approved it as the second pair of eyes. */
  checkedBy: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  publishedAt: string | null;
  /** When the published verdict was last corrected (ClaimReview `dateModified`). */
  correctedAt: string | null;
  /**
   * The public verdict page's address, only when the caller knows it (the public page itself);
   * an export cannot know it, and ClaimReview `url` then falls back to the team permalink.
   */
  publicUrl: string | null;
  publicLink: ReportPublicLink | null;
  /** In time order. */
  corrections: ReportCorrection[];
  /** In the order they were sent. */
  correctionRequests: ReportCorrectionRequest[];
};

export type ReviewReport = {
  generatedAt: string;
  workspace: ReportWorkspace;
  article: ReportArticle;
  /** The workspace's scale in its own order: the methodology every verdict refers to. */
  ratingScale: RatingDto[];
  claims: ReportClaim[];
  options: ReportOptions;
};

/**
 * The claims a report shows, in document order (by start, then the longer claim first, so a
 * sentence precedes the figure quoted inside it). Idempotent: every renderer calls it, so a
 * report assembled with too much data still renders only what its options allow.
 */
export function selectReportClaims(claims: readonly ReportClaim[], options: ReportOptions): ReportClaim[] {
  return claims
    .filter((claim) => !options.onlyPublished || claim.status === 'published')
    .map((claim) => (options.includeInternal ? claim : withoutInternalNotes(claim)))
    .sort(compareDocumentOrder);
}

/** The claims of `report` as its options allow, in document order. */
export function reportClaims(report: ReviewReport): ReportClaim[] {
  return selectReportClaims(report.claims, report.options);
}

export function compareDocumentOrder(a: ReportClaim, b: ReportClaim): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function withoutInternalNotes(claim: ReportClaim): ReportClaim {
  if (!claim.evidence.some((item) => item.internalNote !== undefined)) return claim;
  return { ...claim, evidence: claim.evidence.map(({ internalNote: _dropped, ...item }) => item) };
}
