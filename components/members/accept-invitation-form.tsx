'use client';

import { useActionState } from 'react';
import { acceptInvitationAction } from '@/app/invite/[token]/actions';
import { FormError } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import type { FormState } from '@/lib/validations/auth';

type AcceptInvitationFormProps = { token: string; note: string; submitLabel: string };

/** Join (or, for someone already a member, open) the invited workspace. */
export function AcceptInvitationForm({ token, note, submitLabel }: AcceptInvitationFormProps) {
  const [state, action, pending] = useActionState<FormState, FormData>(acceptInvitationAction, {});
  return (
    <form action={action} className="space-y-3">
      <FormError message={state.error} />
      <input type="hidden" name="token" value={token} />
      <p className="text-sm text-stone-700">{note}</p>
      <Button type="submit" disabled={pending}>
        {pending ? 'Opening…' : submitLabel}
      </Button>
    </form>
  );
}
