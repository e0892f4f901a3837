import 'server-only';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { recordClaimEvents } from '@/lib/server/claims/record-events';
import { recipientKindLabels } from '@/lib/core/correction-requests/correction-requests';
import { findRequest } from './find-request';

/**
 * Deletes a request recorded by mistake, with its own history; the claim's history keeps a line
 * saying it was removed, by whom and when.
 */
export async function deleteCorrectionRequest(actor: Actor, requestId: string): Promise<void> {
  requirePermission(actor, 'correction.record');
  const before = await findRequest(actor, requestId);
  await db.$transaction(async (tx) => {
    const deleted = await tx.correctionRequest.deleteMany({ where: { id: requestId } });
    if (deleted.count === 0) return;
    const whom = [recipientKindLabels[before.recipientKind], before.recipientName].filter(Boolean).join(': ');
    await recordClaimEvents(tx, actor, before.claimId, 'correction_request_removed', [{ field: 'correction_request', from: whom, to: null }]);
  });
}
