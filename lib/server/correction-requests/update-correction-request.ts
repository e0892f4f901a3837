import 'server-only';
import type { z } from 'zod';
import { db, type Prisma } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { recordClaimEvents } from '@/lib/server/claims/record-events';
import { outcomeLabels } from '@/lib/core/correction-requests/correction-requests';
import type { CorrectionRequestDto, updateCorrectionRequestInputSchema } from '@/lib/validations/correction-request';
import { correctionRequestSelect, recorderNames, toCorrectionRequestDto, type CorrectionRequestRow } from './correction-request-shape';
import { findRequest } from './find-request';
import { recordRequestEvents, type RequestChange } from './record-request-events';

type UpdateInput = z.output<typeof updateCorrectionRequestInputSchema>;
type Field = Exclude<keyof UpdateInput, 'version'>;
const editable: readonly Field[] = [
  'recipientKind', 'recipientName', 'channel', 'sentAt', 'request', 'internalNote', 'response', 'respondedAt', 'outcome', 'correctionUrl',
];

const asText = (value: unknown): string | null => (value === null || value === undefined ? null : value instanceof Date ? value.toISOString() : String(value));

async function staleVersionError(actor: Actor, requestId: string): Promise<AppError> {
  const row = await findRequest(actor, requestId);
  return new AppError('conflict', 'Someone else changed this correction request first. Here is its current state.', {
    details: { current: toCorrectionRequestDto(row, await recorderNames(db, [row])) },
  });
}

/**
 * Changes a request if it is still at the version the change was based on (409 with the current
 * state otherwise), recording each changed field. Setting an outcome, any outcome, is someone
 * confirming the request's state: it clears the "publisher may have corrected" flag.
 */
export async function updateCorrectionRequest(actor: Actor, requestId: string, input: UpdateInput): Promise<CorrectionRequestDto> {
  requirePermission(actor, 'correction.record');
  const before = await findRequest(actor, requestId);
  if (before.version !== input.version) throw await staleVersionError(actor, requestId);

  const sentAt = input.sentAt ?? before.sentAt;
  const respondedAt = input.respondedAt === undefined ? before.respondedAt : input.respondedAt;
  if (respondedAt && respondedAt.getTime() < sentAt.getTime()) {
    throw new AppError('unprocessable', 'The answer cannot come before the request was sent.', {
      fields: { respondedAt: ['The answer cannot come before the request was sent'] },
    });
  }

  const changes: RequestChange[] = [];
  const data: Prisma.CorrectionRequestUpdateManyMutationInput = {};
  for (const field of editable) {
    const value = input[field];
    if (value === undefined) continue;
    const from = asText(before[field as keyof CorrectionRequestRow]);
    const to = asText(value);
    if (from === to) continue;
    changes.push({ field, from, to });
    (data as Record<string, unknown>)[field] = value;
  }
  const confirms = input.outcome !== undefined && before.flaggedAt !== null;
  if (confirms) {
    Object.assign(data, { flaggedAt: null, flagReason: null, flagVersion: null });
    changes.push({ field: 'flag', from: before.flagReason, to: null });
  }
  if (changes.length === 0) return toCorrectionRequestDto(before, await recorderNames(db, [before]));

  const row = await db.$transaction(async (tx) => {
    const updated = await tx.correctionRequest.updateMany({
      where: { id: requestId, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count !== 1) return null;
    await recordRequestEvents(tx, actor, requestId, 'updated', changes);
    const outcome = changes.find((c) => c.field === 'outcome');
    if (outcome) {
      await recordClaimEvents(tx, actor, before.claimId, 'correction_request_outcome', [
        { field: 'correction_request', from: outcomeLabels[before.outcome], to: outcomeLabels[input.outcome ?? before.outcome] },
      ]);
    }
    return tx.correctionRequest.findUniqueOrThrow({ where: { id: requestId }, select: correctionRequestSelect });
  });
  if (!row) throw await staleVersionError(actor, requestId);
  return toCorrectionRequestDto(row, await recorderNames(db, [row]));
}
