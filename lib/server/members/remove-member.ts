import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { assertNotLastAdmin, lockAdmins } from './last-admin';

/**
 * Takes someone out of the workspace. Removing oneself is leaving, which every member may do;
 * removing someone else is for admins. The last admin can do neither to themselves.
 */
export async function removeMember(actor: Actor, userId: string): Promise<void> {
  if (userId !== actor.userId) requirePermission(actor, 'member.manage');
  await db.$transaction(async (tx) => {
    const admins = await lockAdmins(tx, actor.workspaceId);
    if (admins.includes(userId)) {
      assertNotLastAdmin(admins, userId, userId === actor.userId ? 'You cannot leave' : 'This member cannot be removed');
    }
    const { count } = await tx.membership.deleteMany({ where: { workspaceId: actor.workspaceId, userId } });
    if (count === 0) throw new AppError('not_found', 'Member not found.');
    // Authentication already requires a current membership; revoking as well means the old
    // tokens stay dead if the person is invited back later.
    await tx.apiToken.updateMany({
      where: { workspaceId: actor.workspaceId, userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
  });
}
