import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { can } from '@/lib/core/permissions/permissions';

/**
 * Soft-deletes a comment: its author may, and so may an admin (moderation). The row stays, so
 * a send-back's reason remains in the claim's history even if its comment is removed.
 */
export async function deleteComment(actor: Actor, commentId: string): Promise<void> {
  requirePermission(actor, 'comment.create');
  const comment = await db.comment.findFirst({
    where: { id: commentId, workspaceId: actor.workspaceId, deletedAt: null },
    select: { authorId: true },
  });
  if (!comment) throw new AppError('not_found', 'Comment not found.');
  if (comment.authorId !== actor.userId && !can(actor.role, 'comment.moderate')) {
    throw new AppError('forbidden', 'Only its author or an admin can delete a comment.');
  }
  await db.comment.updateMany({ where: { id: commentId, workspaceId: actor.workspaceId, deletedAt: null }, data: { deletedAt: new Date() } });
}
