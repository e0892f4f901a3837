import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { can } from '@/lib/core/permissions/permissions';

/**
 * Checks that the new assignee is a member who can work on claims, and reads both names for the
 * history row, in one query (only when the assignee actually changes).
 */
export async function resolveAssignee(actor: Actor, assigneeId: string | null, previousId: string | null) {
  const ids = [assigneeId, previousId].filter((id): id is string => id !== null);
  const members = await db.membership.findMany({
    where: { workspaceId: actor.workspaceId, userId: { in: ids } },
    select: { userId: true, role: true, user: { select: { name: true } } },
  });
  const name = (id: string | null) => (id ? (members.find((m) => m.userId === id)?.user.name ?? 'Former member') : null);
  if (assigneeId !== null) {
    const member = members.find((m) => m.userId === assigneeId);
    if (!member || !can(member.role, 'claim.edit')) {
      throw new AppError('unprocessable', 'Assign the claim to a member of this workspace who can work on claims (not a viewer).', {
        fields: { assigneeId: [member ? 'Viewers cannot be assigned claims' : 'Not a member of this workspace'] },
      });
    }
  }
  return { from: name(previousId), to: name(assigneeId) };
}
