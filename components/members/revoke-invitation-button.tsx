'use client';

import { useState, useTransition } from 'react';
import { revokeInvitationAction } from '@/app/(app)/settings/members/actions';
import { Button } from '@/components/ui/button';
import { roleLabels } from '@/lib/core/permissions/permissions';
import type { InvitationDto } from '@/lib/validations/invitation';

// Revoking needs no confirmation: nobody loses anything, and a new link is one click away.
export function RevokeInvitationButton({ invitation }: { invitation: InvitationDto }) {
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const who = invitation.email ?? `a new ${roleLabels[invitation.role].toLowerCase()}`;
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="secondary"
        size="sm"
        disabled={pending}
        onClick={() => startTransition(async () => setError((await revokeInvitationAction(invitation.id)).error))}
      >
        {pending ? 'Revoking…' : 'Revoke'}
        <span className="sr-only"> the invitation for {who}</span>
      </Button>
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
