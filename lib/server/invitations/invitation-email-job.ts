import 'server-only';
import type { Job } from 'pg-boss';
import { db } from '@/lib/server/db/client';
import { invitationEmail } from '@/lib/core/invitations/invitation-email';
import { sendMail } from '@/lib/server/mail/send-mail';
import { unseal } from '@/lib/server/jobs/seal';
import { JobFailure } from '@/lib/server/jobs/job-failure';
import type { WorkspaceJobData } from '@/lib/server/jobs/job-names';

export type InvitationEmailJobData = WorkspaceJobData & {
  invitationId: string;
  inviterName: string;
  /** The link, sealed (lib/server/jobs/seal.ts): its token is a secret. */
  sealedUrl: string;
};

type Attempt = Pick<Job<InvitationEmailJobData>, 'data'> & { retryCount: number; retryLimit: number };

/**
 * Sends one invitation's email and records the outcome on the invitation, where the admin sees
 * it. A temporary failure (relay out of reach, 4xx) throws, so pg-boss tries again later; a
 * refusal (5xx, bad sign-in) will not change by itself and ends the job, recorded as failed.
 */
export async function runInvitationEmailJob({ data, retryCount, retryLimit }: Attempt): Promise<{ outcome: string }> {
  const invitation = await db.invitation.findFirst({
    where: { id: data.invitationId, workspaceId: data.workspaceId },
    select: { email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, workspace: { select: { name: true } } },
  });
  // Used, withdrawn or expired meanwhile: the link no longer works, so it is not sent.
  if (!invitation?.email || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date()) {
    return { outcome: 'skipped' };
  }
  const content = invitationEmail({
    workspaceName: invitation.workspace.name,
    inviterName: data.inviterName,
    role: invitation.role,
    url: unseal(data.sealedUrl),
    expiresAt: invitation.expiresAt,
  });
  const delivery = await sendMail(invitation.email, content);
  const record = (emailStatus: 'sent' | 'retrying' | 'failed', emailFailure: string | null) =>
    db.invitation.update({ where: { id: data.invitationId }, data: { emailStatus, emailFailure } });
  if (delivery.status === 'sent') {
    await record('sent', null);
    return { outcome: 'sent' };
  }
  const reason = delivery.status === 'failed' ? delivery.reason : 'This server has no mail relay configured any more.';
  const again = delivery.status === 'failed' && delivery.temporary && retryCount < retryLimit;
  await record(again ? 'retrying' : 'failed', reason);
  if (delivery.status === 'failed' && delivery.temporary) throw new JobFailure(reason);
  return { outcome: 'refused' };
}
