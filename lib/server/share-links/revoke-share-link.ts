import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { mayRevokeShareLink } from './share-link-shape';
import { forgetSharedPage } from './shared-page-cache';

/**
 * Revokes a link: its creator or an admin (`share.manage`). Idempotent: revoking a revoked link
 * keeps the first revocation. The public pages answer 410 at once on this instance (its cached
 * copy is dropped) and on others within the cache's lifetime (see docs/decisions/010).
 */
export async function revokeShareLink(actor: Actor, linkId: string): Promise<void> {
  const link = await db.shareLink.findFirst({
    where: { id: linkId, workspaceId: actor.workspaceId },
    select: { id: true, createdById: true, revokedAt: true, tokenHash: true },
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
  forgetSharedPage(link.tokenHash);
}
