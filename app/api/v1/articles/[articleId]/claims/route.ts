import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { createClaimInputSchema } from '@/lib/validations/claim';
import { createClaim } from '@/lib/server/claims/create-claim';
import { listClaims } from '@/lib/server/claims/get-claim';
import { getArticleChangeStamp } from '@/lib/server/live/get-article-change-stamp';
import { conditionalJson } from '@/lib/server/api/conditional';

// Polled every couple of seconds by everyone with the article open (live updates): a 304 when
// no claim, evidence or comment changed since the client's copy.
export const GET = apiRoute<{ articleId: string }>(async ({ request, actor, params }) => {
  const articleId = parseParam(params.articleId, idSchema, 'Article');
  const stamp = await getArticleChangeStamp(actor, articleId);
  return conditionalJson(request, stamp, async () => ({ claims: await listClaims(actor, articleId) }));
});

export const POST = apiRoute<{ articleId: string }>(async ({ request, actor, params }) => {
  const articleId = parseParam(params.articleId, idSchema, 'Article');
  const input = await parseJsonBody(request, createClaimInputSchema);
  return json(await createClaim(actor, articleId, input), 201);
});
