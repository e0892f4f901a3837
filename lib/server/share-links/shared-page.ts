// What a public page shows, and nothing more: the shapes are built field by field from published
// data, so an internal note, a draft or a member's address cannot reach a page by accident.
import type { ClaimReviewJsonLd } from '@/lib/core/exports/claim-review';
import type { QuoteContext } from '@/lib/core/exports/quote-context';
import type { RatingTone } from '@/lib/core/rating-scale/rating-scale';
import type { BlockDto } from '@/lib/validations/article';
import type { StanceValue } from '@/lib/validations/evidence';
import type { PublicArchiveNote } from '@/lib/server/evidence-archive/public-archive';
import type { PublicCorrectionRequest } from '@/lib/core/correction-requests/public-view';

export type SharedWorkspace = {
  name: string;
  organizationUrl: string | null;
  /** The workspace's public pages' address while an admin has them on (decision 040), else null. */
  publicSlug?: string | null;
};

export type SharedArticle = {
  title: string;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  /** Where the article was published (canonical, else the imported link). */
  url: string | null;
  language: string | null;
  direction: 'ltr' | 'rtl';
  /** When the publisher's story was first seen changed after the review was published, if it was. */
  editedAfterReviewAt: string | null;
};

export type SharedEvidence = {
  url: string;
  title: string;
  publisher: string;
  passage: string;
  stance: StanceValue;
  accessedAt: string | null;
  /** Its archived copy (decision 038), when the page's query read one. */
  archive?: PublicArchiveNote;
};

export type SharedCorrection = { at: string; field: string | null; reason: string };

export type SharedClaim = {
  id: string;
  /** Code points of the article text. */
  start: number;
  end: number;
  exact: string;
  statement: string;
  claimant: string;
  /** The tone of the verdict's place on the scale, and the desk's own colour for it if it chose one. */
  verdict: { label: string; tone: RatingTone; color: string | null };
  explanation: string;
  evidence: SharedEvidence[];
  reviewedAt: string | null;
  publishedAt: string | null;
  correctedAt: string | null;
  corrections: SharedCorrection[];
};

export type SharedVerdictPage = {
  kind: 'claim';
  /** The address it is read at: a link's, or the verdict's permalink. */
  url: string;
  /** The verdict's permalink while its workspace's pages are public (decision 044), else null. */
  permalink: string | null;
  workspace: SharedWorkspace;
  article: SharedArticle;
  claim: SharedClaim;
  context: QuoteContext;
  claimReview: ClaimReviewJsonLd | null;
  /** Requests the desk made to correct the claim, and their outcome (lib/server/correction-requests/public-correction-requests.ts). */
  correctionRequests?: PublicCorrectionRequest[];
};

export type SharedArticlePage = {
  kind: 'article';
  url: string;
  workspace: SharedWorkspace;
  article: SharedArticle & { text: string; blocks: BlockDto[] };
  /** Published claims with a verdict, in document order; only anchored ones are highlighted. */
  claims: (SharedClaim & { anchored: boolean })[];
  claimReviews: ClaimReviewJsonLd[];
};

export type SharedPage = SharedVerdictPage | SharedArticlePage;

/** live: show it; gone: revoked, expired, or no longer published (410); unknown: never existed (404). */
export type SharedPageResult = { state: 'live'; page: SharedPage } | { state: 'gone' } | { state: 'unknown' };
