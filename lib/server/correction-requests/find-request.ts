import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { correctionRequestSelect, type CorrectionRequestRow } from './correction-request-shape';

/** A request of the actor's workspace whose claim is not deleted; 404 otherwise. */
export async function findRequest(actor: Actor, requestId: string): Promise<CorrectionRequestRow> {
  const row = await db.correctionRequest.findFirst({
    where: { id: requestId, workspaceId: actor.workspaceId, claim: { deletedAt: null } },
    select: correctionRequestSelect,
  });
  if (!row) throw new AppError('not_found', 'Correction request not found.');
  return row;
}
