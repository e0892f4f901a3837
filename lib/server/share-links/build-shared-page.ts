import 'server-only';
import { toArticleDto } from '@/lib/server/articles/article-shape';
import { renderClaimReviews } from '@/lib/core/exports/claim-review';
import { quoteContext } from '@/lib/core/exports/quote-context';
import type { ReviewReport } from '@/lib/core/exports';
import { reportArticle } from '@/lib/core/exports/report-article';
import type { ArticleDto } from '@/lib/validations/article';
import type { RatingDto } from '@/lib/validations/rating';
import { toLoadedClaims, type LoadedClaim } from './load-shared-claims';
import { jsonDate, QUOTE_CONTEXT_CHARS, type SharedLinkRead, type SharedRows } from './read-shared-rows';
import type { SharedArticle, SharedPageResult, SharedWorkspace } from './shared-page';
import { publicPagePaths } from '@/lib/core/public-pages/public-page-paths';

/**
 * The page a live link (or a verdict's permalink, decision 044) shows, built from the document its
 * statement read (read-shared-rows.ts): a pure function of the document, the page's address and
 * the site's. `gone` when what it pointed to is no longer published.
 */
export function buildSharedPage(
  read: Pick<SharedLinkRead, 'kind' | 'document'>,
  url: string,
  origin: string,
): Exclude<SharedPageResult, { state: 'unknown' }> {
  const link = JSON.parse(read.document) as SharedRows;
  const { ratings } = link;
  const editedAfterReviewAt = link.changedAt === null ? null : new Date(link.changedAt).toISOString();
  const article = articleOf(link);
  if (!article) return { state: 'gone' };
  const claims = claimsOf(link);
  // While the workspace's pages are public, a verdict's lasting address is its permalink: its
  // ClaimReview `url` and canonical address, whichever link it is read through (decision 044).
  const slug = link.workspace.publicSlug;
  const permalink = (claimId: string) => (slug ? `${origin}${publicPagePaths(slug).verdict(claimId)}` : null);
  const reviews = (items: LoadedClaim[], publicUrl: (claimId: string) => string | null) =>
    renderClaimReviews(reportOf(link.workspace, article, ratings, items, publicUrl), { siteUrl: origin });

  if (read.kind === 'claim') {
    const claim = claims[0];
    // A verdict taken back from publication (or deleted) takes its public page with it.
    if (!claim) return { state: 'gone' };
    return {
      state: 'live',
      page: {
        kind: 'claim',
        url,
        permalink: permalink(claim.shared.id),
        workspace: link.workspace,
        article: sharedArticle(article, editedAfterReviewAt),
        claim: claim.shared,
        // The text read is the quote's surroundings, from `textFrom` on.
        context: quoteContext(article.text, shifted(claim.report, link.article?.textFrom ?? 0), QUOTE_CONTEXT_CHARS),
        claimReview: reviews(claims, (id) => permalink(id) ?? url)[0] ?? null,
        correctionRequests: (link.claims[0]?.correctionRequests ?? []).map((q) => ({ ...q, sentAt: isoDate(q.sentAt), respondedAt: q.respondedAt && isoDate(q.respondedAt) })),
      },
    };
  }
  return {
    state: 'live',
    page: {
      kind: 'article',
      url,
      workspace: link.workspace,
      article: { ...sharedArticle(article, editedAfterReviewAt), text: article.text, blocks: article.blocks },
      claims: claims.map((c) => c.shared),
      claimReviews: reviews(claims, permalink),
    },
  };
}

/** A timestamp as JSON from PostgreSQL, as toISOString writes it (what the page showed before). */
function isoDate(value: string): string {
  return new Date(value).toISOString();
}

function shifted<T extends { start: number; end: number }>(claim: T, from: number): T {
  return { ...claim, start: claim.start - from, end: claim.end - from };
}

function sharedArticle(article: ArticleDto, editedAfterReviewAt: string | null): SharedArticle {
  return {
    title: article.title,
    outlet: article.outlet,
    author: article.author,
    publishedAt: article.publishedAt,
    url: article.canonicalUrl ?? article.sourceUrl,
    language: article.language,
    direction: article.direction,
    editedAfterReviewAt,
  };
}

/** A review report of just these claims, for the ClaimReview renderer. */
function reportOf(
  workspace: SharedWorkspace,
  article: ArticleDto,
  ratings: RatingDto[],
  claims: LoadedClaim[],
  publicUrl: (claimId: string) => string | null,
): ReviewReport {
  return {
    generatedAt: new Date().toISOString(),
    workspace,
    article: reportArticle(article),
    ratingScale: ratings,
    options: { onlyPublished: true, includeInternal: false },
    claims: claims.map((c) => ({ ...c.report, publicUrl: publicUrl(c.report.id) })),
  };
}

/** The article row as Prisma's select would have given it (dates as Dates). */
function articleOf({ article }: SharedRows): ArticleDto | null {
  if (!article) return null;
  return toArticleDto({
    ...article,
    publishedAt: jsonDate(article.publishedAt),
    createdAt: jsonDate(article.createdAt),
    versions: article.versions.map((v) => ({ ...v, importedAt: jsonDate(v.importedAt) })),
  });
}

function claimsOf({ claims, ratings }: SharedRows): LoadedClaim[] {
  const rows = claims.map((c) => ({
    ...c,
    createdAt: jsonDate(c.createdAt),
    updatedAt: jsonDate(c.updatedAt),
    approvedAt: jsonDate(c.approvedAt),
    publishedAt: jsonDate(c.publishedAt),
    correctedAt: jsonDate(c.correctedAt),
    evidence: c.evidence.map((e) => ({ ...e, accessedAt: jsonDate(e.accessedAt) })),
    events: c.events.map((e) => ({ ...e, at: jsonDate(e.at) })),
  }));
  return toLoadedClaims(rows, ratings);
}
