import 'server-only';
import { db, Prisma } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import { invitationState, invitationStateMessages } from '@/lib/core/invitations/invitation-state';
import type { RoleName } from '@/lib/core/permissions/permissions';
import { invitationTokenSchema } from '@/lib/validations/invitation';
import { recordNotifications } from '@/lib/server/notifications/notification-rows';
import { invitationTokens } from '@/lib/server/secret-tokens';

export type AcceptOutcome = {
  outcome: 'joined' | 'already-member';
  workspaceId: string;
  workspaceName: string;
  role: RoleName;
};

/**
 * The signed-in user joins the workspace with the invited role. One conditional UPDATE spends the
 * link, so two people opening it at once cannot both get in. Someone who is already a member
 * is told so, and the link stays unused for the person it was meant for.
 */
export async function acceptInvitation(userId: string, token: string): Promise<AcceptOutcome> {
  if (!invitationTokenSchema.safeParse(token).success) throw new AppError('not_found', invitationStateMessages.unknown);
  const tokenHash = invitationTokens.hash(token);
  try {
    return await db.$transaction(async (tx) => {
      const invitation = await tx.invitation.findUnique({
        where: { tokenHash },
        select: { id: true, workspaceId: true, role: true, createdById: true, acceptedAt: true, revokedAt: true, expiresAt: true, workspace: { select: { name: true } } },
      });
      if (!invitation) throw new AppError('not_found', invitationStateMessages.unknown);
      const workspace = { workspaceId: invitation.workspaceId, workspaceName: invitation.workspace.name };
      const membership = await tx.membership.findUnique({
        where: { workspaceId_userId: { workspaceId: invitation.workspaceId, userId } },
        select: { role: true },
      });
      if (membership) return { outcome: 'already-member', ...workspace, role: membership.role };

      const spent = await tx.$queryRaw<{ id: string }[]>`
        UPDATE invitation SET "acceptedAt" = now(), "acceptedById" = ${userId}
        WHERE id = ${invitation.id} AND "acceptedAt" IS NULL AND "revokedAt" IS NULL AND "expiresAt" > now()
        RETURNING id`;
      if (spent.length === 0) {
        const state = invitationState(invitation);
        // Read before the UPDATE; if it looked valid then, someone else used it in between.
        throw new AppError('gone', invitationStateMessages[state === 'valid' ? 'used' : state]);
      }
      await tx.membership.create({ data: { workspaceId: invitation.workspaceId, userId, role: invitation.role } });
      const joiner = await tx.user.findUnique({ where: { id: userId }, select: { name: true } });
      const userName = joiner?.name ?? '';
      await recordNotifications(tx, { userId, userName, workspaceId: invitation.workspaceId }, [
        { kind: 'invitation_accepted', recipients: [invitation.createdById], excerpt: userName },
      ]);
      return { outcome: 'joined', ...workspace, role: invitation.role };
    });
  } catch (error) {
    // The same user accepting two links to one workspace at once: the second insert collides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      return acceptInvitation(userId, token);
    }
    throw error;
  }
}
