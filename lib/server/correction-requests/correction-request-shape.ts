import 'server-only';
import type { Prisma } from '@/lib/server/db/client';
import { daysBetween, isOpen, type FlagReason } from '@/lib/core/correction-requests/correction-requests';
import type { CorrectionRequestDto } from '@/lib/validations/correction-request';

export const correctionRequestSelect = {
  id: true,
  claimId: true,
  recipientKind: true,
  recipientName: true,
  channel: true,
  sentAt: true,
  request: true,
  internalNote: true,
  response: true,
  respondedAt: true,
  outcome: true,
  correctionUrl: true,
  flaggedAt: true,
  flagReason: true,
  flagVersion: true,
  version: true,
  createdById: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.CorrectionRequestSelect;

export type CorrectionRequestRow = Prisma.CorrectionRequestGetPayload<{ select: typeof correctionRequestSelect }>;

/** The API's shape; `createdBy` is the recorder's name (from the names given, when known). */
export function toCorrectionRequestDto(row: CorrectionRequestRow, names: ReadonlyMap<string, string>, now = new Date()): CorrectionRequestDto {
  return {
    id: row.id,
    claimId: row.claimId,
    recipientKind: row.recipientKind,
    recipientName: row.recipientName,
    channel: row.channel,
    sentAt: row.sentAt.toISOString(),
    request: row.request,
    internalNote: row.internalNote,
    response: row.response,
    respondedAt: row.respondedAt?.toISOString() ?? null,
    outcome: row.outcome,
    correctionUrl: row.correctionUrl,
    open: isOpen(row.outcome),
    ageDays: daysBetween(row.sentAt, row.respondedAt ?? now),
    flag: row.flaggedAt
      ? { at: row.flaggedAt.toISOString(), reason: (row.flagReason ?? 'changed') as FlagReason, versionNumber: row.flagVersion }
      : null,
    version: row.version,
    createdBy: row.createdById ? (names.get(row.createdById) ?? null) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The names of the members who recorded these requests, in one query. */
export async function recorderNames(tx: Pick<Prisma.TransactionClient, 'user'>, rows: readonly { createdById: string | null }[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => r.createdById).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const users = await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}
