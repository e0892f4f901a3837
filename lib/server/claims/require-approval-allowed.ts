import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';

/**
 * Approving one's own proposal needs the workspace to allow self-approval. Read only on that
 * path, so an ordinary PATCH does not pay for the setting.
 */
export async function requireSelfApprovalAllowed(actor: Actor): Promise<void> {
  const workspace = await db.workspace.findUnique({ where: { id: actor.workspaceId }, select: { allowSelfApproval: true } });
  if (workspace?.allowSelfApproval) return;
  throw new AppError(
    'forbidden',
    'You proposed this verdict, and this workspace needs a second person to approve it. Ask another editor to approve it.',
    { fields: { status: ['Another editor must approve your proposal'] }, details: { reason: 'self_approval' } },
  );
}
