import 'server-only';
import type { Prisma } from '@/lib/server/db/client';
import { ratingTone, scaleBounds } from '@/lib/core/rating-scale/rating-scale';
import { HEX_COLOR } from '@/lib/core/rating-scale/color-contrast';
import { publishedRatingOf } from '@/lib/core/rating-scale/published-rating';
import type { RatingDto } from '@/lib/validations/rating';
import type { ReportClaim } from '@/lib/core/exports';
import type { SharedClaim } from './shared-page';

// The published claims a public page shows, as read by read-shared-rows.ts (scoped by the link's
// workspace: holding a live token is the authorization, never a member). The select below is the
// shape of a row: it names every column on purpose (no internalNote, no member ids), as the
// statement does.

export const publicClaimSelect = {
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
  publishedRating: true,
  rating: { select: { key: true, label: true, value: true, color: true } },
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

/** Claim rows as a public page shows them and as the report model (for ClaimReview) has them. */
export function toLoadedClaims(rows: PublicClaimRow[], ratings: RatingDto[]): LoadedClaim[] {
  const bounds = scaleBounds(ratings);
  return rows.map((row) => toLoaded(row, bounds));
}

function toLoaded(row: PublicClaimRow, bounds: ReturnType<typeof scaleBounds>): LoadedClaim {
  const rating = row.rating as NonNullable<PublicClaimRow['rating']>;
  // The verdict as published (decision 040): a later scale edit does not re-rate the page.
  const published = publishedRatingOf(row.publishedRating);
  const shown = published ?? rating;
  const shownBounds = published ? { best: published.best, worst: published.worst } : bounds;
  const evidence = row.evidence.map((e) => ({ ...e, accessedAt: e.accessedAt?.toISOString() ?? null }));
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  const shared: LoadedClaim['shared'] = {
    id: row.id,
    start: row.start,
    end: row.end,
    exact: row.exact,
    statement: row.statement,
    claimant: row.claimant,
    // The desk's own colour for the verdict, as in the reader (decision 040); validated when saved
    // (white text passes AA on it) and checked again here because it goes into a style attribute.
    verdict: { label: shown.label, tone: ratingTone(shown, shownBounds), color: rating.color && HEX_COLOR.test(rating.color) ? rating.color : null },
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
    verdict: { key: rating.key, label: rating.label, value: rating.value },
    publishedVerdict: published,
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
    correctionRequests: [],
  };
  return { shared, report };
}
