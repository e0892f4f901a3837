import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getAuth } from './auth';

export type CurrentUser = { id: string; name: string; email: string };

/** The signed-in user of this request, read once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  // Reading the request headers first marks the page dynamic before any configuration is needed.
  const requestHeaders = await headers();
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  return { id: session.user.id, name: session.user.name, email: session.user.email };
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  return user;
}
