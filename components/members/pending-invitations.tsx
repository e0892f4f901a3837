import { roleLabels } from '@/lib/core/permissions/permissions';
import { formatDate } from '@/lib/format';
import type { InvitationDto } from '@/lib/validations/invitation';
import { RevokeInvitationButton } from './revoke-invitation-button';
import { RefreshWhile } from './refresh-while';

/** Where the email of the link stands, from the background job that sends it. */
function EmailStatus({ invitation }: { invitation: InvitationDto }) {
  const { emailStatus, emailFailure, email } = invitation;
  if (!emailStatus) return null;
  if (emailStatus === 'sent') return <p className="text-xs text-green-800">Email sent to {email}.</p>;
  if (emailStatus === 'queued') return <p className="text-xs text-stone-600">Email queued…</p>;
  return (
    <p className="text-xs text-amber-800">
      {emailStatus === 'retrying' ? `Email not sent yet (${emailFailure}); trying again.` : `Email failed: ${emailFailure} Make a new link to send yourself, and revoke this one.`}
    </p>
  );
}

/** Links that can still be used, with a way to withdraw each. */
export function PendingInvitations({ invitations }: { invitations: InvitationDto[] }) {
  if (invitations.length === 0) {
    return <p className="text-sm text-stone-700">No pending invitations. Links that were used, revoked or have expired are not listed.</p>;
  }
  const inFlight = invitations.some((i) => i.emailStatus === 'queued' || i.emailStatus === 'retrying');
  return (
    <>
      <RefreshWhile active={inFlight} />
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white text-sm">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 px-3 py-2">
            <div>
              <span className="font-medium">{roleLabels[invitation.role]}</span>
              {invitation.email && <span className="text-stone-700"> for {invitation.email}</span>}
              <p className="text-xs text-stone-600">
                {invitation.invitedBy ? `Made by ${invitation.invitedBy}, ` : ''}expires {formatDate(invitation.expiresAt)}
              </p>
              <EmailStatus invitation={invitation} />
            </div>
            <RevokeInvitationButton invitation={invitation} />
          </li>
        ))}
      </ul>
    </>
  );
}
