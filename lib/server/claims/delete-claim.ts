import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ClaimDto } from '@/lib/validations/claim';
import { recordClaimEvents } from './record-events';
import { requireClaim } from './get-claim';

/**
 * Deleting hides the claim and keeps its row, history and evidence, so the deletion can be
 * undone; the version check stops a delete based on a state the user never saw.
 */
export async function deleteClaim(actor: Actor, claimId: string, version?: number): Promise<void> {
  requirePermission(actor, 'claim.delete');
  await db.$transaction(async (tx) => {
    const { count } = await tx.claim.updateMany({
      where: { id: claimId, workspaceId: actor.workspaceId, deletedAt: null, ...(version ? { version } : {}) },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) {
      const exists = await tx.claim.findFirst({ where: { id: claimId, workspaceId: actor.workspaceId, deletedAt: null }, select: { id: true } });
      throw exists
        ? new AppError('conflict', 'Someone else changed this claim first; reload it before deleting.')
        : new AppError('not_found', 'Claim not found.');
    }
    await recordClaimEvents(tx, actor, claimId, 'deleted');
  });
}

export async function restoreClaim(actor: Actor, claimId: string): Promise<ClaimDto> {
  requirePermission(actor, 'claim.delete');
  await db.$transaction(async (tx) => {
    const { count } = await tx.claim.updateMany({
      // A claim of a deleted article comes back only with its article (decision 042).
      where: { id: claimId, workspaceId: actor.workspaceId, deletedAt: { not: null }, article: { deletedAt: null } },
      data: { deletedAt: null, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError('not_found', 'There is no deleted claim to restore.');
    await recordClaimEvents(tx, actor, claimId, 'restored');
  });
  return requireClaim(actor, claimId);
}
