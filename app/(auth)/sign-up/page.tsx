import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/server/auth/current-user';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { safeNextPath } from '@/lib/core/navigation/safe-next';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next, '');
  if (await getCurrentUser()) redirect(next || '/articles');
  return (
    <>
      <h1 className="mb-6 text-xl font-semibold">Create your account</h1>
      <SignUpForm next={next || undefined} />
    </>
  );
}
