import { apiRoute } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { deleteComment } from '@/lib/server/comments/delete-comment';

export const DELETE = apiRoute<{ commentId: string }>(async ({ actor, params }) => {
  await deleteComment(actor, parseParam(params.commentId, idSchema, 'Comment'));
  return new Response(null, { status: 204 });
});
