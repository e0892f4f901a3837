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
 * The workspace's invitations with an address, made in the last hour and day (this one
 * included). Counted in the database, so the cap holds across app instances; revoking a link
 * keeps its row, so it cannot be used to start the count again.
 */
async function recentInvitationsWithAddress(workspaceId: string): Promise<{ lastHour: number; lastDay: number }> {
  const now = Date.now();
  const since = (ms: number) => ({ workspaceId, email: { not: null }, createdAt: { gt: new Date(now - ms) } });
  const [lastHour, lastDay] = await Promise.all([
    db.invitation.count({ where: since(HOUR_MS) }),
    db.invitation.count({ where: since(24 * HOUR_MS) }),
  ]);
  return { lastHour, lastDay };
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
  const limited = invitationEmailLimit(await recentInvitationsWithAddress(actor.workspaceId));
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
