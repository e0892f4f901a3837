import { roleLabels } from '@/lib/core/permissions/permissions';
import { formatDate } from '@/lib/format';
import type { InvitationDto } from '@/lib/validations/invitation';
import { RevokeInvitationButton } from './revoke-invitation-button';

/** Links that can still be used, with a way to withdraw each. */
export function PendingInvitations({ invitations }: { invitations: InvitationDto[] }) {
  if (invitations.length === 0) {
    return <p className="text-sm text-stone-700">No pending invitations. Links that were used, revoked or have expired are not listed.</p>;
  }
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white text-sm">
      {invitations.map((invitation) => (
        <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 px-3 py-2">
          <div>
            <span className="font-medium">{roleLabels[invitation.role]}</span>
            {invitation.email && <span className="text-stone-700"> for {invitation.email}</span>}
            <p className="text-xs text-stone-600">
              {invitation.invitedBy ? `Made by ${invitation.invitedBy}, ` : ''}expires {formatDate(invitation.expiresAt)}
            </p>
          </div>
          <RevokeInvitationButton invitation={invitation} />
        </li>
      ))}
    </ul>
  );
}
