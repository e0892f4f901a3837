import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { mentionedUserIds } from '@/lib/core/mentions';
import type { CommentDto, CreateCommentInput } from '@/lib/validations/comment';
import { commentSelect, toCommentDtos } from './comment-shape';
import { listMentionCandidates } from './mention-candidates';

/** The row of a new comment, its mentions resolved against the workspace's members. */
export async function commentData(actor: Actor, claimId: string, body: string) {
  const mentions = mentionedUserIds(body, await listMentionCandidates(actor));
  return { claimId, workspaceId: actor.workspaceId, authorId: actor.userId, authorName: actor.userName, body, mentions };
}

export async function createComment(actor: Actor, claimId: string, input: CreateCommentInput): Promise<CommentDto> {
  requirePermission(actor, 'comment.create');
  const claim = await db.claim.findFirst({ where: { id: claimId, workspaceId: actor.workspaceId, deletedAt: null }, select: { id: true } });
  if (!claim) throw new AppError('not_found', 'Claim not found.');
  const row = await db.comment.create({ data: await commentData(actor, claimId, input.body), select: commentSelect });
  const [dto] = await toCommentDtos([row]);
  return dto!;
}
