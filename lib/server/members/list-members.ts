import 'server-only';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { MemberDto } from '@/lib/validations/member';
import { memberSelect, toMemberDto } from './member-shape';

/**
 * Everyone in the workspace, admins first. Every member may see who their colleagues are (to
 * assign, mention and know whom to ask), so this needs only read access; changing is for admins.
 */
export async function listMembers(actor: Actor): Promise<MemberDto[]> {
  requirePermission(actor, 'article.read');
  const rows = await db.membership.findMany({
    where: { workspaceId: actor.workspaceId },
    orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
    select: memberSelect,
  });
  return rows.map(toMemberDto);
}
