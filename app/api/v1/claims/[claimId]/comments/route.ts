import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { createCommentInputSchema } from '@/lib/validations/comment';
import { listComments } from '@/lib/server/comments/list-comments';
import { createComment } from '@/lib/server/comments/create-comment';

type Params = { claimId: string };

export const GET = apiRoute<Params>(async ({ actor, params }) => {
  return json({ comments: await listComments(actor, parseParam(params.claimId, idSchema, 'Claim')) });
});

export const POST = apiRoute<Params>(async ({ request, actor, params }) => {
  const claimId = parseParam(params.claimId, idSchema, 'Claim');
  const input = await parseJsonBody(request, createCommentInputSchema);
  return json(await createComment(actor, claimId, input), 201);
});
