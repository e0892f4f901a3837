import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { CommentDto } from '@/lib/validations/comment';
import type { PageQuery } from '@/lib/validations/pagination';
import { afterCursor, pageOrder, toPage, type Page } from '@/lib/server/pagination/keyset';
import { commentSelect, toCommentDtos } from './comment-shape';

/**
 * One page of a claim's comments; deleted ones are left out. Viewers read them too. Pages walk
 * back from the newest (the cursor leads to older comments), as a conversation is read, but each
 * page lists its comments oldest first, as before paging.
 */
export async function listComments(actor: Actor, claimId: string, query: PageQuery): Promise<Page<CommentDto>> {
  requirePermission(actor, 'article.read');
  const claim = await db.claim.findFirst({ where: { id: claimId, workspaceId: actor.workspaceId }, select: { id: true } });
  if (!claim) throw new AppError('not_found', 'Claim not found.');
  const rows = await db.comment.findMany({
    where: { claimId, workspaceId: actor.workspaceId, deletedAt: null, ...afterCursor('createdAt', 'desc', query.cursor) },
    ...pageOrder('createdAt', 'desc', query),
    select: commentSelect,
  });
  const page = toPage(rows, query, (row) => row.createdAt);
  return { items: await toCommentDtos(page.items.reverse()), nextCursor: page.nextCursor };
}
