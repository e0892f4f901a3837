import 'server-only';
import type { Prisma } from '@/lib/server/db/client';
import type { ClaimDto } from '@/lib/validations/claim';
import type { EvidenceDto } from '@/lib/validations/evidence';
import { publishedRatingOf } from '@/lib/core/rating-scale/published-rating';

export const evidenceSelect = {
  id: true,
  claimId: true,
  url: true,
  title: true,
  publisher: true,
  passage: true,
  stance: true,
  accessedAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.EvidenceSelect;

export const claimSelect = {
  id: true,
  articleId: true,
  articleVersionId: true,
  version: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  anchorState: true,
  anchorMethod: true,
  statement: true,
  claimant: true,
  status: true,
  explanation: true,
  createdById: true,
  assigneeId: true,
  proposedById: true,
  approvedById: true,
  approvedAt: true,
  publishedAt: true,
  correctedAt: true,
  publishedRating: true,
  createdAt: true,
  updatedAt: true,
  rating: { select: { key: true, label: true, value: true } },
  evidence: { select: evidenceSelect, orderBy: { createdAt: 'asc' } },
} satisfies Prisma.ClaimSelect;

export type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;
type EvidenceRow = Prisma.EvidenceGetPayload<{ select: typeof evidenceSelect }>;

export function toEvidenceDto(row: EvidenceRow): EvidenceDto {
  return {
    ...row,
    accessedAt: row.accessedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The members a claim names (for one `userNames` lookup covering every claim of a list). */
export function claimUserIds(row: ClaimRow): (string | null)[] {
  return [row.createdById, row.assigneeId, row.proposedById, row.approvedById];
}

function memberRef(id: string | null, names: ReadonlyMap<string, string>) {
  return id ? { id, name: names.get(id) ?? 'Former member' } : null;
}

export function toClaimDto(row: ClaimRow, names: ReadonlyMap<string, string>): ClaimDto {
  return {
    id: row.id,
    articleId: row.articleId,
    articleVersionId: row.articleVersionId,
    version: row.version,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    selectors: [
      { type: 'TextQuoteSelector', exact: row.exact, prefix: row.prefix, suffix: row.suffix },
      { type: 'TextPositionSelector', start: row.start, end: row.end },
    ],
    anchorState: row.anchorState,
    anchorMethod: row.anchorMethod,
    statement: row.statement,
    claimant: row.claimant,
    status: row.status,
    verdict: row.rating,
    publishedVerdict: publishedRatingOf(row.publishedRating),
    explanation: row.explanation,
    evidence: row.evidence.map(toEvidenceDto),
    createdBy: memberRef(row.createdById, names),
    assignee: memberRef(row.assigneeId, names),
    proposedBy: memberRef(row.proposedById, names),
    approvedBy: memberRef(row.approvedById, names),
    approvedAt: row.approvedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    correctedAt: row.correctedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
