import 'server-only';
import { db, type Prisma } from '@/lib/server/db/client';
import { ratingTone, scaleBounds } from '@/lib/core/rating-scale/rating-scale';
import type { RatingDto } from '@/lib/validations/rating';
import type { ReportClaim } from '@/lib/core/exports';
import type { SharedClaim } from './shared-page';

// The published claims a public page shows, read straight from the link's workspace: holding a
// live token is the authorization, so these queries are scoped by the link's workspace and never
// by a member. The selects name every column on purpose (no internalNote, no member ids).

const publicClaimSelect = {
  id: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  anchorState: true,
  statement: true,
  claimant: true,
  status: true,
  explanation: true,
  createdAt: true,
  updatedAt: true,
  approvedAt: true,
  publishedAt: true,
  correctedAt: true,
  rating: { select: { key: true, label: true, value: true } },
  evidence: {
    select: { id: true, url: true, title: true, publisher: true, passage: true, stance: true, accessedAt: true },
    orderBy: { createdAt: 'asc' },
  },
  events: {
    where: { kind: 'corrected' },
    select: { at: true, field: true, reason: true },
    orderBy: { at: 'asc' },
  },
} satisfies Prisma.ClaimSelect;

export type PublicClaimRow = Prisma.ClaimGetPayload<{ select: typeof publicClaimSelect }>;

export type LoadedClaim = { shared: SharedClaim & { anchored: boolean }; report: ReportClaim };

/** Published claims with a verdict, in the given workspace; `where` narrows to a claim or an article. */
export async function loadPublishedClaims(workspaceId: string, where: Prisma.ClaimWhereInput, ratings: RatingDto[]): Promise<LoadedClaim[]> {
  const rows = await db.claim.findMany({
    where: { ...where, workspaceId, deletedAt: null, status: 'published', ratingId: { not: null } },
    orderBy: [{ start: 'asc' }, { end: 'desc' }, { createdAt: 'asc' }],
    select: publicClaimSelect,
  });
  return toLoadedClaims(rows, ratings);
}

/** Claim rows as a public page shows them and as the report model (for ClaimReview) has them. */
export function toLoadedClaims(rows: PublicClaimRow[], ratings: RatingDto[]): LoadedClaim[] {
  const bounds = scaleBounds(ratings);
  return rows.map((row) => toLoaded(row, bounds));
}

export async function loadRatings(workspaceId: string): Promise<RatingDto[]> {
  return db.rating.findMany({
    where: { workspaceId },
    orderBy: { position: 'asc' },
    select: { key: true, label: true, description: true, value: true },
  });
}

function toLoaded(row: PublicClaimRow, bounds: ReturnType<typeof scaleBounds>): LoadedClaim {
  const rating = row.rating as NonNullable<PublicClaimRow['rating']>;
  const evidence = row.evidence.map((e) => ({ ...e, accessedAt: e.accessedAt?.toISOString() ?? null }));
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  const shared: LoadedClaim['shared'] = {
    id: row.id,
    start: row.start,
    end: row.end,
    exact: row.exact,
    statement: row.statement,
    claimant: row.claimant,
    verdict: { label: rating.label, tone: ratingTone(rating, bounds) },
    explanation: row.explanation,
    evidence: evidence.map(({ id: _id, ...rest }) => rest),
    reviewedAt: iso(row.approvedAt),
    publishedAt: iso(row.publishedAt),
    correctedAt: iso(row.correctedAt),
    corrections: row.events.map((e) => ({ at: e.at.toISOString(), field: e.field, reason: e.reason ?? '' })),
    anchored: row.anchorState === 'anchored',
  };
  // The same claim as the report model has it, so ClaimReview comes from the one renderer.
  const report: ReportClaim = {
    id: row.id,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    anchorState: row.anchorState,
    statement: row.statement,
    claimant: row.claimant,
    status: row.status,
    verdict: rating,
    explanation: row.explanation,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    evidence,
    createdBy: null,
    checkedBy: null,
    approvedBy: null,
    approvedAt: iso(row.approvedAt),
    publishedAt: iso(row.publishedAt),
    correctedAt: iso(row.correctedAt),
    publicUrl: null,
    publicLink: null,
    corrections: [],
  };
  return { shared, report };
}
