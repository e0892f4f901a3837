import 'server-only';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { can } from '@/lib/core/permissions/permissions';
import type { MemberRef } from '@/lib/validations/claim';

/**
 * Members a claim can be assigned to, and mentioned in comments, for the claim panel's pickers:
 * everyone who can work on claims (viewers only read), by name.
 */
export async function listAssignableMembers(actor: Actor): Promise<MemberRef[]> {
  requirePermission(actor, 'article.read');
  const members = await db.membership.findMany({
    where: { workspaceId: actor.workspaceId },
    select: { role: true, user: { select: { id: true, name: true } } },
    orderBy: { user: { name: 'asc' } },
  });
  return members.filter((m) => can(m.role, 'claim.edit')).map((m) => ({ id: m.user.id, name: m.user.name }));
}
