import { apiRoute, json } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { listArticleSuggestions } from '@/lib/server/similar/list-article-suggestions';

export const GET = apiRoute<{ articleId: string }>(async ({ actor, params }) => {
  return json(await listArticleSuggestions(actor, parseParam(params.articleId, idSchema, 'Article')));
});
