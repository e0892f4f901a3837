import 'server-only';
import { db, type Prisma } from '@/lib/server/db/client';
import { findMentions } from '@/lib/core/mentions';
import type { CommentDto } from '@/lib/validations/comment';

export const commentSelect = {
  id: true,
  claimId: true,
  body: true,
  authorId: true,
  authorName: true,
  mentions: true,
  createdAt: true,
} satisfies Prisma.CommentSelect;

type CommentRow = Prisma.CommentGetPayload<{ select: typeof commentSelect }>;

/**
 * Who wrote it: the member by their current name; someone whose account is gone (or, after a
 * restore onto another instance, never existed here) by the name they had when writing.
 */
function authorOf(row: CommentRow, byId: Map<string, { name: string }>): CommentDto['author'] {
  if (row.authorId) return { id: row.authorId, name: byId.get(row.authorId)?.name ?? (row.authorName || 'Former member') };
  return row.authorName ? { id: null, name: row.authorName } : null;
}

/**
 * Comments with their authors' and mentioned members' names. Mention positions are found again
 * against the members stored as mentioned, so a renamed member is still highlighted by the name
 * that was written only if it still matches; the stored ids stay the record of who was mentioned.
 */
export async function toCommentDtos(rows: CommentRow[]): Promise<CommentDto[]> {
  const ids = [...new Set(rows.flatMap((r) => [...r.mentions, ...(r.authorId ? [r.authorId] : [])]))];
  const users = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } }) : [];
  const byId = new Map(users.map((u) => [u.id, u]));
  return rows.map((row) => {
    const mentioned = row.mentions.map((id) => byId.get(id) ?? { id, name: 'Former member', email: null });
    return {
      id: row.id,
      claimId: row.claimId,
      body: row.body,
      author: authorOf(row, byId),
      mentions: mentioned.map(({ id, name }) => ({ id, name })),
      mentionRanges: findMentions(row.body, mentioned),
      createdAt: row.createdAt.toISOString(),
    };
  });
}
