import 'server-only';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import type { MemberRef } from '@/lib/validations/claim';
import { listAssignableMembers } from './list-assignable-members';

export type ReviewContext = { members: MemberRef[]; currentUserId: string; allowSelfApproval: boolean };

/** What the claim panel needs to show the review gate's buttons honestly, read once per page. */
export async function getReviewContext(actor: Actor): Promise<ReviewContext> {
  const [members, workspace] = await Promise.all([
    listAssignableMembers(actor),
    db.workspace.findUnique({ where: { id: actor.workspaceId }, select: { allowSelfApproval: true } }),
  ]);
  return { members, currentUserId: actor.userId, allowSelfApproval: workspace?.allowSelfApproval ?? false };
}
