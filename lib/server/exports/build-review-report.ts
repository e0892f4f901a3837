import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requireArticle } from '@/lib/server/articles/get-article';
import { listClaims } from '@/lib/server/claims/get-claim';
import { listRatings } from '@/lib/server/workspaces/list-ratings';
import { siteOrigin } from '@/lib/server/site-origin';
import { publicPagePaths } from '@/lib/core/public-pages/public-page-paths';
import { correctionsByClaim, publicLinksByClaim } from '@/lib/core/exports';
import type { ReportOptions, ReviewReport } from '@/lib/core/exports';
import { reportArticle } from '@/lib/core/exports/report-article';
import type { ClaimDto } from '@/lib/validations/claim';
import type { ArchiveNote } from '@/lib/core/archive/archive-sentence';
import { loadReviewTrail } from './load-review-trail';
import { readPublicCorrectionRequests } from '@/lib/server/correction-requests/public-correction-requests';

/**
 * The review report of an article, assembled once from the data layer (so it is scoped to the
 * acting member's workspace) for every export format to render. A fixed number of queries
 * whatever the number of claims (the export bench has 200 claims and 600 sources).
 */
export async function buildReviewReport(actor: Actor, articleId: string, options: ReportOptions): Promise<ReviewReport> {
  const article = await requireArticle(actor, articleId);
  const now = new Date();
  const [claims, ratings, workspace, trail] = await Promise.all([
    listClaims(actor, articleId),
    listRatings(actor),
    db.workspace.findUnique({
      where: { id: actor.workspaceId },
      select: { name: true, organizationUrl: true, publicPagesEnabled: true, publicSlug: true },
    }),
    loadReviewTrail(actor, articleId, now),
  ]);
  if (!workspace) throw new AppError('not_found', 'Workspace not found.');
  const [correctionRequests, archives] = await Promise.all([
    readPublicCorrectionRequests(actor.workspaceId, claims.map((c) => c.id)),
    readArchiveNotes(actor.workspaceId, articleId),
  ]);
  const corrections = correctionsByClaim(trail.corrections, ratings);
  const publicLinks = publicLinksByClaim(trail.shareLinks, now);
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
    generatedAt: now.toISOString(),
    workspace: { name: workspace.name, organizationUrl: workspace.organizationUrl, publicPages: publicPagesOf(workspace) },
    article: reportArticle(article),
    // Retired verdicts are no longer part of the method (their claims still show their label).
    ratingScale: ratings.filter((r) => !r.retired),
    options,
    claims: claims.map((claim) => ({
      ...claim,
      evidence: claim.evidence.map((e) => ({
        ...e,
        ...(internalNotes ? { internalNote: internalNotes.get(e.id) ?? '' } : {}),
        archive: archives.get(`${e.id} ${e.url}`) ?? null,
      })),
      createdBy: claim.createdBy?.name ?? null,
      checkedBy: checkerOf(claim),
      approvedBy: claim.approvedBy?.name ?? null,
      approvedAt: claim.approvedAt,
      publishedAt: claim.publishedAt,
      correctedAt: claim.correctedAt,
      // A published verdict's public address is its permalink while the workspace's public pages
      // are on (decision 044). A share link's cannot be known here (only its hash is stored): the
      // report says that the claim is shared instead, and ClaimReview uses the desk's permalink
      // (decision 006).
      publicUrl: claim.status === 'published' ? publicVerdictUrl(workspace, claim.id) : null,
      // A link of an unpublished claim shows nothing (410) until the claim is published again.
      publicLink: claim.status === 'published' ? (publicLinks.get(claim.id) ?? null) : null,
      corrections: corrections.get(claim.id) ?? [],
      correctionRequests: correctionRequests.get(claim.id) ?? [],
    })),
  };
}

/**
 * The archived copies of the article's sources (decision 038), keyed by evidence id and link: only
 * a copy of the evidence's current link counts, as on the public page.
 */
async function readArchiveNotes(workspaceId: string, articleId: string): Promise<Map<string, ArchiveNote>> {
  const rows = await db.evidenceArchive.findMany({
    where: { state: 'archived', archivedAt: { not: null }, evidence: { workspaceId, claim: { articleId } } },
    select: { evidenceId: true, url: true, archivedAt: true, passageState: true },
  });
  return new Map(
    rows.map((row) => [
      `${row.evidenceId} ${row.url}`,
      { archivedAt: (row.archivedAt as Date).toISOString(), passage: row.passageState as ArchiveNote['passage'] },
    ]),
  );
}

/**
 * Who checked a claim: the member who proposed its verdict for review, whose work the approver
 * checked. A verdict set before the review gate recorded proposers falls back to the member who
 * marked the claim; a claim without a verdict has not been checked by anyone yet.
 */
function checkerOf(claim: ClaimDto): string | null {
  if (claim.proposedBy) return claim.proposedBy.name;
  return claim.verdict ? (claim.createdBy?.name ?? null) : null;
}

/** Links to the workspace's public methodology and corrections log, only while they are on (decision 040). */
function publicVerdictUrl(workspace: { publicPagesEnabled: boolean; publicSlug: string | null }, claimId: string): string | null {
  if (!workspace.publicPagesEnabled || !workspace.publicSlug) return null;
  return `${siteOrigin()}${publicPagePaths(workspace.publicSlug).verdict(claimId)}`;
}

function publicPagesOf(workspace: { publicPagesEnabled: boolean; publicSlug: string | null }) {
  if (!workspace.publicPagesEnabled || !workspace.publicSlug) return null;
  const paths = publicPagePaths(workspace.publicSlug);
  const origin = siteOrigin();
  return { methodologyUrl: `${origin}${paths.methodology}`, correctionsUrl: `${origin}${paths.corrections}` };
}
