import 'server-only';
import { cookies } from 'next/headers';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import { servedOverHttps } from '@/lib/server/site-origin';
import { WORKSPACE_COOKIE } from './resolve-actor';

/**
 * Remembers which workspace the browser works in. The cookie is only a preference (every request
 * checks membership again in resolveActor), but it is set only for a workspace the user is in.
 */
export async function switchWorkspace(user: { id: string }, workspaceId: string): Promise<void> {
  const membership = await db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId: user.id } },
    select: { workspaceId: true },
  });
  if (!membership) throw new AppError('not_found', 'Workspace not found.');
  await rememberWorkspace(membership.workspaceId);
}

/** For callers that have just made the user a member (accepting an invitation, a new workspace). */
export async function rememberWorkspace(workspaceId: string): Promise<void> {
  (await cookies()).set(WORKSPACE_COOKIE, workspaceId, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: servedOverHttps(),
    maxAge: 60 * 60 * 24 * 365,
  });
}
