'use client';

import { useActionState, useId } from 'react';
import { createInvitationAction, type InviteFormState } from '@/app/(app)/settings/members/actions';
import { Field, FormError, inputClass } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { roleLabels, roles, type RoleName } from '@/lib/core/permissions/permissions';
import type { InvitationDeliveryDto } from '@/lib/validations/invitation';
import { CopyLink } from './copy-link';

const roleHints: Record<RoleName, string> = {
  admin: 'members, settings and everything else',
  editor: 'approves and publishes verdicts',
  checker: 'imports, marks claims, researches, proposes verdicts',
  viewer: 'reads only',
};

/** What happened to the email, if one was asked for: said next to the link. */
function DeliveryNote({ delivery, email }: { delivery?: InvitationDeliveryDto; email?: string }) {
  if (!delivery || delivery.status === 'no_address') return null;
  if (delivery.status === 'queued') {
    return (
      <p className="text-sm text-stone-700">
        Emailing the link to {email}: the pending invitations below show when it has gone. You can also copy it below.
      </p>
    );
  }
  // The server says why (which cap was reached, what the relay answered).
  const why =
    delivery.status === 'not_configured'
      ? 'This server has no mail relay configured, so no email was sent.'
      : `No email reached ${email}: ${delivery.reason ?? 'the email could not be sent.'}`;
  return (
    <p role="alert" className="text-sm text-amber-800">
      {why} The invitation was made: copy the link and send it yourself.
    </p>
  );
}

/**
 * Makes a single-use link with a role; the link is shown here once, to copy and send. With a
 * mail relay configured on the server, a given address also gets the link by email.
 */
export function InviteForm({ mailEnabled }: { mailEnabled: boolean }) {
  const [state, action, pending] = useActionState<InviteFormState, FormData>(createInvitationAction, {});
  const roleId = useId();
  return (
    <div className="space-y-4">
      <form action={action} className="flex max-w-2xl flex-wrap items-end gap-3" noValidate>
        <div className="space-y-1">
          <label htmlFor={roleId} className="block text-sm font-medium text-stone-800">
            Role
          </label>
          <select id={roleId} name="role" defaultValue={state.values?.role ?? 'checker'} className={inputClass + ' w-auto'}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleLabels[r]} — {roleHints[r]}
              </option>
            ))}
          </select>
        </div>
        <Field
          className="min-w-56 flex-1"
          label="Email (optional)"
          name="email"
          type="email"
          autoComplete="off"
          defaultValue={state.values?.email}
          errors={state.fields?.email}
        />
        <Button type="submit" disabled={pending}>
          {pending ? 'Creating…' : 'Create invitation link'}
        </Button>
      </form>
      <p className="max-w-2xl text-xs text-stone-600">
        {mailEnabled
          ? 'Give an email and Factdesk sends the link there; without one, copy the link and send it yourself.'
          : 'This server sends no emails (no mail relay is configured): the address is a note for you. Copy the link and send it yourself.'}{' '}
        Each link works once and expires after 7 days.
      </p>
      <FormError message={state.error ?? state.fields?.role?.join(' ')} />
      {state.link && <DeliveryNote delivery={state.delivery} email={state.email} />}
      {state.link && state.role && <CopyLink link={state.link} roleLabel={roleLabels[state.role as RoleName]} />}
    </div>
  );
}
