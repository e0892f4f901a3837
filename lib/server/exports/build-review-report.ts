import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requireArticle } from '@/lib/server/articles/get-article';
import { listClaims } from '@/lib/server/claims/get-claim';
import { listRatings } from '@/lib/server/workspaces/list-ratings';
import { userNames } from '@/lib/server/users/user-names';
import type { ReportOptions, ReviewReport } from '@/lib/core/exports';

/**
 * The review report of an article, assembled once from the data layer (so it is scoped to the
 * acting member's workspace) for every export format to render.
 */
export async function buildReviewReport(actor: Actor, articleId: string, options: ReportOptions): Promise<ReviewReport> {
  const article = await requireArticle(actor, articleId);
  const [claims, ratings, workspace, reviewRows] = await Promise.all([
    listClaims(actor, articleId),
    listRatings(actor),
    db.workspace.findUnique({ where: { id: actor.workspaceId }, select: { name: true, organizationUrl: true } }),
    db.claim.findMany({
      where: { articleId, workspaceId: actor.workspaceId, deletedAt: null },
      select: { id: true, proposedById: true, approvedById: true, approvedAt: true, publishedAt: true },
    }),
  ]);
  if (!workspace) throw new AppError('not_found', 'Workspace not found.');
  const review = new Map(reviewRows.map((r) => [r.id, r]));
  const names = await userNames(reviewRows.flatMap((r) => [r.proposedById, r.approvedById]));
  const internalNotes = options.includeInternal
    ? new Map(
        (
          await db.evidence.findMany({
            where: { workspaceId: actor.workspaceId, claim: { articleId } },
            select: { id: true, internalNote: true },
          })
        ).map((e) => [e.id, e.internalNote]),
      )
    : null;

  return {
    generatedAt: new Date().toISOString(),
    workspace,
    article: {
      id: article.id,
      title: article.title,
      sourceUrl: article.sourceUrl,
      canonicalUrl: article.canonicalUrl,
      author: article.author,
      outlet: article.outlet,
      publishedAt: article.publishedAt,
      language: article.language,
      direction: article.direction,
      text: article.text,
      importedAt: article.version.importedAt,
      contentHash: article.version.contentHash,
      versionNumber: article.version.number,
    },
    ratingScale: ratings,
    options,
    claims: claims.map((claim) => {
      const row = review.get(claim.id);
      const name = (id: string | null | undefined) => (id ? (names.get(id) ?? 'Former member') : null);
      return {
        ...claim,
        evidence: claim.evidence.map((e) => ({ ...e, ...(internalNotes ? { internalNote: internalNotes.get(e.id) ?? '' } : {}) })),
        createdBy: claim.createdBy?.name ?? null,
        // Until the review gate records who proposed a verdict, the member who marked it checked it.
        checkedBy: name(row?.proposedById) ?? claim.createdBy?.name ?? null,
        approvedBy: name(row?.approvedById),
        approvedAt: row?.approvedAt?.toISOString() ?? null,
        publishedAt: row?.publishedAt?.toISOString() ?? null,
        publicUrl: null,
        corrections: [],
      };
    }),
  };
}
