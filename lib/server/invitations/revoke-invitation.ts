import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';

/** Makes an unused link stop working. Revoking twice is harmless; a used link cannot be revoked. */
export async function revokeInvitation(actor: Actor, invitationId: string): Promise<void> {
  requirePermission(actor, 'member.manage');
  const { count } = await db.invitation.updateMany({
    where: { id: invitationId, workspaceId: actor.workspaceId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count > 0) return;
  const existing = await db.invitation.findFirst({
    where: { id: invitationId, workspaceId: actor.workspaceId },
    select: { acceptedAt: true },
  });
  if (!existing) throw new AppError('not_found', 'Invitation not found.');
  if (existing.acceptedAt) throw new AppError('conflict', 'This invitation was already used; remove the member instead.');
}
