'use client';

import { useActionState } from 'react';
import { createWorkspaceAction } from '@/app/(app)/workspaces/actions';
import { Field, FormError } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import type { FormState } from '@/lib/validations/auth';

export function NewWorkspaceForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createWorkspaceAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormError message={state.error} />
      <Field
        label="Workspace name"
        name="name"
        required
        maxLength={120}
        placeholder="e.g. Election desk"
        defaultValue={state.values?.name}
        errors={state.fields?.name}
      />
      <Button type="submit" disabled={pending}>
        {pending ? 'Creating…' : 'Create workspace'}
      </Button>
    </form>
  );
}
