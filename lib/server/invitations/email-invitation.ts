import 'server-only';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { invitationEmailLimit } from '@/lib/core/invitations/email-quota';
import { mailConfigured } from '@/lib/server/mail/send-mail';
import { enqueueJob } from '@/lib/server/jobs/enqueue-job';
import { seal } from '@/lib/server/jobs/seal';
import type { InvitationEmailJobData } from './invitation-email-job';

export type InvitationDelivery =
  | { status: 'queued' }
  | { status: 'not_configured' }
  | { status: 'no_address' }
  | { status: 'failed'; reason: string }
  | { status: 'rate_limited'; reason: string };

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

async function queue(actor: Actor, invitation: { id: string; url: string }): Promise<InvitationDelivery> {
  // Claim a place under the caps first, then count: of invitations sent at the same moment none
  // can slip past the cap unseen (at worst one more is refused than needed).
  await db.invitation.update({ where: { id: invitation.id }, data: { emailedAt: new Date(), emailStatus: 'queued' } });
  const limited = invitationEmailLimit(await recentEmails(actor));
  if (limited) {
    await db.invitation.update({ where: { id: invitation.id }, data: { emailedAt: null, emailStatus: null } });
    return { status: 'rate_limited', reason: limited };
  }
  const data: InvitationEmailJobData = {
    workspaceId: actor.workspaceId,
    invitationId: invitation.id,
    inviterName: actor.userName,
    sealedUrl: seal(invitation.url),
  };
  await enqueueJob('invitation-email', data);
  return { status: 'queued' };
}

/**
 * Queues the email of a new invitation's link to the address it was made for, when the server
 * has a mail relay. A background job sends it (retried with backoff while the relay is out of
 * reach); the pending invitations list shows how it went. The invitation stands whatever
 * happens: the admin has the link to copy, so nothing here may fail the request.
 */
export async function emailInvitation(
  actor: Actor,
  invitation: { id: string; email: string | null; url: string },
): Promise<InvitationDelivery> {
  if (!invitation.email) return { status: 'no_address' };
  if (!mailConfigured()) return { status: 'not_configured' };
  try {
    return await queue(actor, invitation);
  } catch (error) {
    console.warn(`Factdesk: an invitation email was not queued (${error instanceof Error ? error.name : 'unknown error'}).`);
    await db.invitation
      .update({ where: { id: invitation.id }, data: { emailStatus: 'failed', emailFailure: 'The email could not be queued.' } })
      .catch(() => undefined);
    return { status: 'failed', reason: 'The email could not be queued; copy the link and send it yourself.' };
  }
}
