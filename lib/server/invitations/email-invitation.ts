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
 * Invitations with an address made in the last hour and day (this one included): of the
 * workspace, of the person inviting (in any workspace) and of the whole server. Counted in the
 * database, so the caps hold across app instances; revoking a link keeps its row, so it cannot be
 * used to start the count again.
 */
async function recentInvitationsWithAddress(actor: Actor) {
  const now = Date.now();
  const since = (ms: number, scope: { workspaceId?: string; createdById?: string }) =>
    db.invitation.count({ where: { ...scope, email: { not: null }, createdAt: { gt: new Date(now - ms) } } });
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

/**
 * Sends a new invitation's link to the address it was made for, when the server has a mail
 * relay. The invitation stands whatever happens here: the admin still has the link to copy.
 */
export async function emailInvitation(
  actor: Actor,
  invitation: { email: string | null; role: RoleName; expiresAt: string; url: string },
): Promise<InvitationDelivery> {
  if (!invitation.email) return { status: 'no_address' };
  if (!mailConfigured()) return { status: 'not_configured' };
  const limited = invitationEmailLimit(await recentInvitationsWithAddress(actor));
  if (limited) return { status: 'rate_limited', reason: limited };
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
