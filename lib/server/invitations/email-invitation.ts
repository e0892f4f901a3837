import 'server-only';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { invitationEmail } from '@/lib/core/invitations/invitation-email';
import { sendMail, type MailDelivery } from '@/lib/server/mail/send-mail';
import type { RoleName } from '@/lib/core/permissions/permissions';

export type InvitationDelivery = MailDelivery | { status: 'no_address' };

/**
 * Sends a new invitation's link to the address it was made for, when the server has a mail
 * relay. The invitation stands whatever happens here: the admin still has the link to copy.
 */
export async function emailInvitation(
  actor: Actor,
  invitation: { email: string | null; role: RoleName; expiresAt: string; url: string },
): Promise<InvitationDelivery> {
  if (!invitation.email) return { status: 'no_address' };
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId }, select: { name: true } });
  const content = invitationEmail({
    workspaceName: workspace.name,
    inviterName: actor.userName,
    role: invitation.role,
    url: invitation.url,
    expiresAt: new Date(invitation.expiresAt),
  });
  return sendMail(invitation.email, content);
}
