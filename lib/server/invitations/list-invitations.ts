import 'server-only';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { userNames } from '@/lib/server/users/user-names';
import type { InvitationDto } from '@/lib/validations/invitation';
import { invitationSelect, toInvitationDto } from './invitation-shape';

/** Links that can still be used: not accepted, not revoked, not expired; newest first. */
export async function listPendingInvitations(actor: Actor): Promise<InvitationDto[]> {
  requirePermission(actor, 'member.manage');
  const rows = await db.invitation.findMany({
    where: { workspaceId: actor.workspaceId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: 'desc' },
    select: invitationSelect,
  });
  const names = await userNames(rows.map((r) => r.createdById));
  return rows.map((row) => toInvitationDto(row, names));
}
