import 'server-only';
import type { Prisma } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';

export type RequestChange = { field: string | null; from: string | null; to: string | null };

/** A correction request's history rows, written in the same transaction as the change. */
export async function recordRequestEvents(
  tx: Prisma.TransactionClient,
  actor: Pick<Actor, 'userId' | 'userName' | 'workspaceId'>,
  requestId: string,
  kind: string,
  changes: readonly RequestChange[],
): Promise<void> {
  await tx.correctionRequestEvent.createMany({
    data: changes.map((change) => ({
      requestId,
      workspaceId: actor.workspaceId,
      actorId: actor.userId || null,
      actorName: actor.userName,
      kind,
      field: change.field,
      fromValue: change.from,
      toValue: change.to,
    })),
  });
}
