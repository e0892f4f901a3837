import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parsePageQuery, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { createShareLinkInputSchema } from '@/lib/validations/share-link';
import { createArticleShareLink } from '@/lib/server/share-links/create-share-link';
import { listArticleShareLinks } from '@/lib/server/share-links/list-share-links';
import { siteOrigin } from '@/lib/server/site-origin';

type Params = { articleId: string };

export const GET = apiRoute<Params>(async ({ request, actor, params }) => {
  const articleId = parseParam(params.articleId, idSchema, 'Article');
  return json(await listArticleShareLinks(actor, articleId, parsePageQuery(request)));
});

export const POST = apiRoute<Params>(async ({ request, actor, params }) => {
  const articleId = parseParam(params.articleId, idSchema, 'Article');
  const input = await parseJsonBody(request, createShareLinkInputSchema);
  return json(await createArticleShareLink(actor, articleId, input, siteOrigin(request.headers)), 201);
});
