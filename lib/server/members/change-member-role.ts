import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { RoleName } from '@/lib/core/permissions/permissions';
import type { MemberDto } from '@/lib/validations/member';
import { memberSelect, toMemberDto } from './member-shape';
import { assertNotLastAdmin, lockAdmins } from './last-admin';

/** Gives a member another role; the workspace's last admin cannot be demoted (not even by themselves). */
export async function changeMemberRole(actor: Actor, userId: string, role: RoleName): Promise<MemberDto> {
  requirePermission(actor, 'member.manage');
  return db.$transaction(async (tx) => {
    const admins = await lockAdmins(tx, actor.workspaceId);
    const where = { workspaceId_userId: { workspaceId: actor.workspaceId, userId } };
    const current = await tx.membership.findUnique({ where, select: { role: true } });
    if (!current) throw new AppError('not_found', 'Member not found.');
    if (current.role === 'admin' && role !== 'admin') assertNotLastAdmin(admins, userId, 'The role cannot change');
    const row = await tx.membership.update({ where, data: { role }, select: memberSelect });
    return toMemberDto(row);
  });
}
