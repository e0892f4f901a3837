import 'server-only';
import type { Prisma } from '@/lib/server/db/client';
import type { ClaimDto } from '@/lib/validations/claim';
import type { EvidenceDto } from '@/lib/validations/evidence';

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
    explanation: row.explanation,
    evidence: row.evidence.map(toEvidenceDto),
    createdBy: row.createdById ? { id: row.createdById, name: names.get(row.createdById) ?? 'Former member' } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
