import 'server-only';
import type { Prisma } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';

export type ClaimChange = { field: string; from: string | null; to: string | null; reason?: string | null };

type Tx = Prisma.TransactionClient;

/** History rows for a change: one per changed field, or one for the whole claim. */
export function claimEventRows(
  actor: Actor,
  claimId: string,
  kind: string,
  changes: readonly ClaimChange[] = [{ field: '', from: null, to: null }],
): Prisma.ClaimEventCreateManyInput[] {
  return changes.map((change) => ({
    claimId,
    workspaceId: actor.workspaceId,
    actorId: actor.userId,
    actorName: actor.userName,
    kind,
    field: change.field || null,
    fromValue: change.from,
    toValue: change.to,
    reason: change.reason ?? null,
  }));
}

/** Writes the history rows in the same transaction as the change itself. */
export async function recordClaimEvents(
  tx: Tx,
  actor: Actor,
  claimId: string,
  kind: string,
  changes?: readonly ClaimChange[],
): Promise<void> {
  await tx.claimEvent.createMany({ data: claimEventRows(actor, claimId, kind, changes) });
}
