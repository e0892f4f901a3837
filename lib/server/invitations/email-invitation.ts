import 'server-only';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { invitationEmail } from '@/lib/core/invitations/invitation-email';
import { invitationEmailLimit } from '@/lib/core/invitations/email-quota';
import { mailConfigured, sendMail, type MailDelivery } from '@/lib/server/mail/send-mail';
import type { RoleName } from '@/lib/core/permissions/permissions';

export type InvitationDelivery = MailDelivery | { status: 'no_address' } | { status: 'rate_limited'; reason: string };

const HOUR_MS = 60 * 60 * 1000;

/**
 * Emails handed to the relay in the last hour and day (this one included, once claimed): of the
 * workspace, of the person inviting (in any workspace) and of the whole server. Counted in the
 * database, so the caps hold across app instances. Only emailed invitations count: links refused
 * an email (or made without an address) cannot be used to use up the server's allowance.
 */
async function recentEmails(actor: Actor) {
  const now = Date.now();
  const since = (ms: number, scope: { workspaceId?: string; createdById?: string }) =>
    db.invitation.count({ where: { ...scope, emailedAt: { gt: new Date(now - ms) } } });
  const workspace = { workspaceId: actor.workspaceId };
  const inviter = { createdById: actor.userId };
  const [workspaceHour, workspaceDay, inviterHour, inviterDay, serverLastHour] = await Promise.all([
    since(HOUR_MS, workspace),
    since(24 * HOUR_MS, workspace),
    since(HOUR_MS, inviter),
    since(24 * HOUR_MS, inviter),
    since(HOUR_MS, {}),
  ]);
  return {
    workspace: { lastHour: workspaceHour, lastDay: workspaceDay },
    inviter: { lastHour: inviterHour, lastDay: inviterDay },
    serverLastHour,
  };
}

async function deliver(
  actor: Actor,
  invitation: { id: string; email: string; role: RoleName; expiresAt: string; url: string },
): Promise<InvitationDelivery> {
  // Claim a place under the caps first, then count: of invitations sent at the same moment none
  // can slip past the cap unseen (at worst one more is refused than needed).
  await db.invitation.update({ where: { id: invitation.id }, data: { emailedAt: new Date() } });
  const limited = invitationEmailLimit(await recentEmails(actor));
  if (limited) {
    await db.invitation.update({ where: { id: invitation.id }, data: { emailedAt: null } });
    return { status: 'rate_limited', reason: limited };
  }
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

/**
 * Sends a new invitation's link to the address it was made for, when the server has a mail
 * relay. The invitation stands whatever happens here: the admin still has the link to copy, so
 * nothing here may fail the request.
 */
export async function emailInvitation(
  actor: Actor,
  invitation: { id: string; email: string | null; role: RoleName; expiresAt: string; url: string },
): Promise<InvitationDelivery> {
  const { email } = invitation;
  if (!email) return { status: 'no_address' };
  if (!mailConfigured()) return { status: 'not_configured' };
  try {
    return await deliver(actor, { ...invitation, email });
  } catch (error) {
    console.warn(`Factdesk: an invitation email was not sent (${error instanceof Error ? error.name : 'unknown error'}).`);
    return { status: 'failed', reason: 'The email could not be sent.' };
  }
}
