import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { CommentDto } from '@/lib/validations/comment';
import { commentSelect, toCommentDtos } from './comment-shape';

/** A claim's comments, oldest first; deleted ones are left out. Viewers read them too. */
export async function listComments(actor: Actor, claimId: string): Promise<CommentDto[]> {
  requirePermission(actor, 'article.read');
  const claim = await db.claim.findFirst({ where: { id: claimId, workspaceId: actor.workspaceId }, select: { id: true } });
  if (!claim) throw new AppError('not_found', 'Claim not found.');
  const rows = await db.comment.findMany({
    where: { claimId, workspaceId: actor.workspaceId, deletedAt: null },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: 500,
    select: commentSelect,
  });
  return toCommentDtos(rows);
}
