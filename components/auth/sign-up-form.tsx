'use client';

import { useActionState } from 'react';
import Link from 'next/link';
import { signUpAction } from '@/app/(auth)/actions';
import { Field, FormError } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import type { FormState } from '@/lib/validations/auth';

export function SignUpForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signUpAction, {});
  if (state.notice) {
    return (
      <p role="status" className="rounded-md border border-blue-200 bg-blue-50 px-3 py-2 text-sm text-blue-900">
        {state.notice}
      </p>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormError message={state.error} />
      <Field label="Your name" name="name" autoComplete="name" required defaultValue={state.values?.name} errors={state.fields?.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} errors={state.fields?.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        hint="At least 10 characters."
        errors={state.fields?.password}
      />
      <Field
        label="Newsroom or team name"
        name="workspace"
        placeholder="e.g. The Daily Check desk"
        hint="Optional. Your first workspace; you can invite colleagues to it."
        defaultValue={state.values?.workspace}
        errors={state.fields?.workspace}
      />
      {next && <input type="hidden" name="next" value={next} />}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Creating your account…' : 'Create account'}
      </Button>
      <p className="text-center text-sm text-stone-700">
        Already have an account?{' '}
        <Link href={next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'} className="font-medium text-blue-800 underline underline-offset-2">
          Sign in
        </Link>
      </p>
    </form>
  );
}
