import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { mayRevokeShareLink } from './share-link-shape';

/**
 * Revokes a link: its creator or an admin (`share.manage`). Idempotent: revoking a revoked link
 * keeps the first revocation. Every instance's public pages answer 410 from the next request on:
 * they read the link's row per request (decision 032).
 */
export async function revokeShareLink(actor: Actor, linkId: string): Promise<void> {
  const link = await db.shareLink.findFirst({
    where: { id: linkId, workspaceId: actor.workspaceId },
    select: { id: true, createdById: true, revokedAt: true },
  });
  if (!link) throw new AppError('not_found', 'Share link not found.');
  if (!mayRevokeShareLink(actor, link.createdById)) {
    throw new AppError('forbidden', 'Only the member who made this link, or an admin, can revoke it.');
  }
  if (!link.revokedAt) {
    await db.shareLink.updateMany({
      where: { id: link.id, workspaceId: actor.workspaceId, revokedAt: null },
      data: { revokedAt: new Date(), revokedById: actor.userId },
    });
  }
}
