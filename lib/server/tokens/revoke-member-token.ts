import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { can } from '@/lib/core/permissions/permissions';

/**
 * Revokes a token of the workspace: one's own, or anyone's for an admin. Takes effect on the
 * next call that uses it (every call looks the token up). Revoking a revoked token is a 404, as
 * it is no longer listed anywhere.
 */
export async function revokeMemberToken(actor: Actor, tokenId: string): Promise<void> {
  const ownOnly = !can(actor.role, 'token.manage');
  const result = await db.apiToken.updateMany({
    where: { id: tokenId, workspaceId: actor.workspaceId, revokedAt: null, ...(ownOnly ? { userId: actor.userId } : {}) },
    data: { revokedAt: new Date(), revokedById: actor.userId },
  });
  if (result.count === 0) throw new AppError('not_found', 'API token not found.');
}
