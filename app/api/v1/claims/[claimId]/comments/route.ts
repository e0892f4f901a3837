import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parsePageQuery, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { createCommentInputSchema } from '@/lib/validations/comment';
import { listComments } from '@/lib/server/comments/list-comments';
import { createComment } from '@/lib/server/comments/create-comment';

type Params = { claimId: string };

export const GET = apiRoute<Params>(async ({ request, actor, params }) => {
  const page = await listComments(actor, parseParam(params.claimId, idSchema, 'Claim'), parsePageQuery(request));
  return json({ comments: page.items, nextCursor: page.nextCursor });
});

export const POST = apiRoute<Params>(async ({ request, actor, params }) => {
  const claimId = parseParam(params.claimId, idSchema, 'Claim');
  const input = await parseJsonBody(request, createCommentInputSchema);
  return json(await createComment(actor, claimId, input), 201);
});
