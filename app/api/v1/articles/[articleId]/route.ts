import { apiRoute, json } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { requireArticle } from '@/lib/server/articles/get-article';

export const GET = apiRoute<{ articleId: string }>(async ({ actor, params }) => {
  const articleId = parseParam(params.articleId, idSchema, 'Article');
  return json(await requireArticle(actor, articleId));
});
