import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/server/auth/current-user';
import { createFirstWorkspace } from './create-first-workspace';
import { resolveActor, WORKSPACE_COOKIE } from './resolve-actor';
import type { Actor } from '@/lib/server/actor';
import { markDatabaseTrouble } from '@/lib/server/db/database-trouble';

/**
 * The acting member for a page or server action; signs the visitor in first if needed. It is
 * the first database read of nearly every page, so a database outage is marked here for the
 * error page (lib/server/db/database-trouble.ts).
 */
export const requirePageActor = cache((): Promise<Actor> => resolvePageActor().catch(markDatabaseTrouble));

async function resolvePageActor(): Promise<Actor> {
  const user = await requireUser();
  const preferred = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  const actor = await resolveActor(user, preferred);
  if (actor) return actor;
  // A user whose workspace creation failed at sign-up still gets one, rather than a dead end.
  await createFirstWorkspace({ userId: user.id, userName: user.name });
  const created = await resolveActor(user);
  if (!created) redirect('/sign-in');
  return created;
}
