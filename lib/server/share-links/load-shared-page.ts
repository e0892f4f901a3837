import 'server-only';
import { toArticleDto } from '@/lib/server/articles/article-shape';
import { renderClaimReviews } from '@/lib/core/exports/claim-review';
import { quoteContext } from '@/lib/core/exports/quote-context';
import type { ReviewReport } from '@/lib/core/exports';
import { reportArticle } from '@/lib/core/exports/report-article';
import type { ArticleDto } from '@/lib/validations/article';
import type { RatingDto } from '@/lib/validations/rating';
import { toLoadedClaims, type LoadedClaim } from './load-shared-claims';
import { jsonDate, readSharedRows, type SharedRows } from './read-shared-rows';
import type { SharedArticle, SharedPageResult, SharedWorkspace } from './shared-page';
import { shareTokens } from '@/lib/server/secret-tokens';
import { shareUrl } from './share-url';
import { readPublicCorrectionRequests } from '@/lib/server/correction-requests/public-correction-requests';

const QUOTE_CONTEXT_CHARS = 160;

/** Reads what a token shows from the database, as of now (decision 032: no cache anywhere). */
export async function loadSharedPage(token: string, origin: string): Promise<SharedPageResult> {
  const link = await readSharedRows(shareTokens.hash(token));
  if (!link) return { state: 'unknown' };
  if (link.revokedAt || (link.expiresAt && link.expiresAt.getTime() <= Date.now())) return { state: 'gone' };

  const { ratings } = link;
  const editedAfterReviewAt = link.changedAt?.toISOString() ?? null;
  const article = articleOf(link);
  if (!article) return { state: 'gone' };
  const url = shareUrl(origin, link.kind, token);
  const claims = claimsOf(link);
  const reviews = (items: LoadedClaim[], publicUrl: string | null) =>
    renderClaimReviews(reportOf(link.workspace, article, ratings, items, publicUrl), { siteUrl: origin });

  if (link.kind === 'claim') {
    const claim = claims[0];
    // A verdict taken back from publication (or deleted) takes its public page with it.
    if (!claim) return { state: 'gone' };
    return {
      state: 'live',
      page: {
        kind: 'claim',
        url,
        workspace: link.workspace,
        article: sharedArticle(article, editedAfterReviewAt),
        claim: claim.shared,
        context: quoteContext(article.text, claim.report, QUOTE_CONTEXT_CHARS),
        claimReview: reviews(claims, url)[0] ?? null,
        correctionRequests: (await readPublicCorrectionRequests(link.workspaceId, [claim.shared.id])).get(claim.shared.id) ?? [],
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
      claimReviews: reviews(claims, null),
    },
  };
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
  publicUrl: string | null,
): ReviewReport {
  return {
    generatedAt: new Date().toISOString(),
    workspace,
    article: reportArticle(article),
    ratingScale: ratings,
    options: { onlyPublished: true, includeInternal: false },
    claims: claims.map((c) => ({ ...c.report, publicUrl })),
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
