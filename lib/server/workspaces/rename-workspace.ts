import 'server-only';
import { db } from '@/lib/server/db/client';

/** At sign-up the user may name the workspace that was created for them. */
export async function renameOnlyWorkspace(userId: string, name: string): Promise<void> {
  const memberships = await db.membership.findMany({ where: { userId, role: 'admin' }, select: { workspaceId: true }, take: 2 });
  if (memberships.length !== 1 || !memberships[0]) return;
  await db.workspace.update({ where: { id: memberships[0].workspaceId }, data: { name } });
}
