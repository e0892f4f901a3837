import 'server-only';
import type { Prisma } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';

export type ClaimChange = { field: string; from: string | null; to: string | null };

type Tx = Prisma.TransactionClient;

/** Writes one history row per changed field, in the same transaction as the change itself. */
export async function recordClaimEvents(
  tx: Tx,
  actor: Actor,
  claimId: string,
  kind: string,
  changes: readonly ClaimChange[] = [{ field: '', from: null, to: null }],
): Promise<void> {
  await tx.claimEvent.createMany({
    data: changes.map((change) => ({
      claimId,
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      actorName: actor.userName,
      kind,
      field: change.field || null,
      fromValue: change.from,
      toValue: change.to,
    })),
  });
}
