'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { APIError } from 'better-auth/api';
import { z } from 'zod';
import { getAuth } from '@/lib/server/auth/auth';
import { withClientAddress } from '@/lib/server/auth/client-address';
import { signInSchema, signUpSchema, type FormState } from '@/lib/validations/auth';
import { renameOnlyWorkspace } from '@/lib/server/workspaces/rename-workspace';
import { safeNextPath } from '@/lib/core/navigation/safe-next';

const GENERIC_SIGN_IN_ERROR = 'The email or password is incorrect.';
const CHECK_YOUR_EMAIL = 'Check your email: we sent a link to finish creating your account. It expires in 24 hours.';

export async function signInAction(_: FormState, formData: FormData): Promise<FormState> {
  const raw = { email: String(formData.get('email') ?? ''), password: String(formData.get('password') ?? '') };
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { fields: z.flattenError(parsed.error).fieldErrors, values: { email: raw.email } };
  try {
    await getAuth().api.signInEmail({ body: parsed.data, headers: withClientAddress(await headers()) });
  } catch (error) {
    if (error instanceof APIError && error.statusCode === 429) {
      return { error: error.message || 'Too many attempts. Wait a moment and try again.', values: { email: raw.email } };
    }
    // Wrong password and unknown email read the same, so the form does not reveal who has an account.
    return { error: GENERIC_SIGN_IN_ERROR, values: { email: raw.email } };
  }
  redirect(safeNextPath(formData.get('next')));
}

export async function signUpAction(_: FormState, formData: FormData): Promise<FormState> {
  const raw = {
    name: String(formData.get('name') ?? ''),
    email: String(formData.get('email') ?? ''),
    password: String(formData.get('password') ?? ''),
    workspace: String(formData.get('workspace') ?? '') || undefined,
  };
  const values = { name: raw.name, email: raw.email, workspace: raw.workspace ?? '' };
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) return { fields: z.flattenError(parsed.error).fieldErrors, values };
  const next = safeNextPath(formData.get('next'));
  let result: { token: string | null; user: { id: string } };
  try {
    result = await getAuth().api.signUpEmail({
      body: { name: parsed.data.name, email: parsed.data.email, password: parsed.data.password, callbackURL: next },
      headers: withClientAddress(await headers()),
    });
  } catch (error) {
    // Only without a mail relay: with one, a taken address answers like a new one (sign-up-mail.ts).
    if (error instanceof APIError && error.statusCode === 422) {
      return { error: 'An account with this email already exists. Sign in instead.', values };
    }
    if (error instanceof APIError && error.statusCode === 429) {
      return { error: 'Too many attempts. Wait a moment and try again.', values };
    }
    if (error instanceof APIError && error.statusCode === 400) {
      return { error: error.message || 'Check the form and try again.', values };
    }
    throw error;
  }
  // For a taken address the id is made up and this finds no workspace, in about the same time.
  if (parsed.data.workspace) await renameOnlyWorkspace(result.user.id, parsed.data.workspace);
  // With a mail relay nobody is signed in yet: the link in the email does it, new address or not.
  if (!result.token) return { notice: CHECK_YOUR_EMAIL, values: { email: raw.email } };
  // Someone who came with an invitation link goes back to it, to join.
  redirect(next);
}

export async function signOutAction(): Promise<void> {
  await getAuth().api.signOut({ headers: withClientAddress(await headers()) });
  redirect('/sign-in');
}
