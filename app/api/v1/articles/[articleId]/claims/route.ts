import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { createClaimInputSchema } from '@/lib/validations/claim';
import { createClaim } from '@/lib/server/claims/create-claim';
import { listClaims } from '@/lib/server/claims/get-claim';

export const GET = apiRoute<{ articleId: string }>(async ({ actor, params }) => {
  const articleId = parseParam(params.articleId, idSchema, 'Article');
  return json({ claims: await listClaims(actor, articleId) });
});

export const POST = apiRoute<{ articleId: string }>(async ({ request, actor, params }) => {
  const articleId = parseParam(params.articleId, idSchema, 'Article');
  const input = await parseJsonBody(request, createClaimInputSchema);
  return json(await createClaim(actor, articleId, input), 201);
});
