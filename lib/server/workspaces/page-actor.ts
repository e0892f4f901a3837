import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/server/auth/current-user';
import { createFirstWorkspace } from './create-first-workspace';
import { resolveActor, WORKSPACE_COOKIE } from './resolve-actor';
import type { Actor } from '@/lib/server/actor';

/** The acting member for a page or server action; signs the visitor in first if needed. */
export const requirePageActor = cache(async (): Promise<Actor> => {
  const user = await requireUser();
  const preferred = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  const actor = await resolveActor(user, preferred);
  if (actor) return actor;
  // A user whose workspace creation failed at sign-up still gets one, rather than a dead end.
  await createFirstWorkspace({ userId: user.id, userName: user.name });
  const created = await resolveActor(user);
  if (!created) redirect('/sign-in');
  return created;
});
