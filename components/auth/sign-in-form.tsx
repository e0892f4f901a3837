'use client';

import { useActionState } from 'react';
import Link from 'next/link';
import { signInAction } from '@/app/(auth)/actions';
import { Field, FormError } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import type { FormState } from '@/lib/validations/auth';

export function SignInForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signInAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormError message={state.error} />
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} errors={state.fields?.email} />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required errors={state.fields?.password} />
      {next && <input type="hidden" name="next" value={next} />}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
      <p className="text-center text-sm text-stone-700">
        New to Factdesk?{' '}
        <Link href={next ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up'} className="font-medium text-blue-800 underline underline-offset-2">
          Create an account
        </Link>
      </p>
    </form>
  );
}
