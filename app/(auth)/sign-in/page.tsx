import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/server/auth/current-user';
import { SignInForm } from '@/components/auth/sign-in-form';
import { safeNextPath } from '@/lib/core/navigation/safe-next';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next, '');
  if (await getCurrentUser()) redirect(next || '/articles');
  return (
    <>
      <h1 className="mb-6 text-xl font-semibold">Sign in</h1>
      <SignInForm next={next || undefined} />
    </>
  );
}
