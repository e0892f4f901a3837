import 'server-only';
import type { z } from 'zod';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { recordClaimEvents } from '@/lib/server/claims/record-events';
import { recipientKindLabels } from '@/lib/core/correction-requests/correction-requests';
import type { CorrectionRequestDto, createCorrectionRequestInputSchema } from '@/lib/validations/correction-request';
import { correctionRequestSelect, toCorrectionRequestDto } from './correction-request-shape';
import { recordRequestEvents } from './record-request-events';

type CreateInput = z.output<typeof createCorrectionRequestInputSchema>;

/** Records that the desk asked someone to correct a claim: open (outcome pending) until answered. */
export async function createCorrectionRequest(actor: Actor, claimId: string, input: CreateInput): Promise<CorrectionRequestDto> {
  requirePermission(actor, 'correction.record');
  const row = await db.$transaction(async (tx) => {
    // FOR SHARE: a deletion of the claim committing meanwhile waits for this one (or wins first).
    const [claim] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM claim WHERE id = ${claimId} AND "workspaceId" = ${actor.workspaceId} AND "deletedAt" IS NULL FOR SHARE`;
    if (!claim) throw new AppError('not_found', 'Claim not found.');
    const created = await tx.correctionRequest.create({
      data: {
        workspaceId: actor.workspaceId,
        claimId,
        recipientKind: input.recipientKind,
        recipientName: input.recipientName ?? '',
        channel: input.channel,
        sentAt: input.sentAt,
        request: input.request,
        internalNote: input.internalNote ?? '',
        createdById: actor.userId,
      },
      select: correctionRequestSelect,
    });
    await recordRequestEvents(tx, actor, created.id, 'created', [{ field: null, from: null, to: null }]);
    const whom = [recipientKindLabels[input.recipientKind], input.recipientName].filter(Boolean).join(': ');
    await recordClaimEvents(tx, actor, claimId, 'correction_requested', [{ field: 'correction_request', from: null, to: whom }]);
    return created;
  });
  return toCorrectionRequestDto(row, new Map([[actor.userId, actor.userName]]));
}
