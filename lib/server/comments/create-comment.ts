import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { mentionedUserIds } from '@/lib/core/mentions';
import type { CommentDto, CreateCommentInput } from '@/lib/validations/comment';
import { mentionEvent, recordNotifications } from '@/lib/server/notifications/notification-rows';
import { commentSelect, toCommentDtos } from './comment-shape';
import { listMentionCandidates } from './mention-candidates';

/** The row of a new comment, its mentions resolved against the workspace's members. */
export async function commentData(actor: Actor, claimId: string, body: string) {
  const mentions = mentionedUserIds(body, await listMentionCandidates(actor));
  return { claimId, workspaceId: actor.workspaceId, authorId: actor.userId, authorName: actor.userName, body, mentions };
}

export async function createComment(actor: Actor, claimId: string, input: CreateCommentInput): Promise<CommentDto> {
  requirePermission(actor, 'comment.create');
  const claim = await db.claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId, deletedAt: null },
    select: { articleId: true, statement: true, exact: true },
  });
  if (!claim) throw new AppError('not_found', 'Claim not found.');
  const data = await commentData(actor, claimId, input.body);
  const about = { claimId, articleId: claim.articleId, excerpt: claim.statement || claim.exact };
  // The people mentioned hear of it in the comment's own transaction.
  const row = await db.$transaction(async (tx) => {
    const created = await tx.comment.create({ data, select: commentSelect });
    await recordNotifications(tx, actor, [mentionEvent(data.mentions, about)]);
    return created;
  });
  const [dto] = await toCommentDtos([row]);
  return dto!;
}
