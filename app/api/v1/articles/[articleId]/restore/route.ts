import { apiRoute, json } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { restoreArticle } from '@/lib/server/articles/delete-article';
import { requireArticle } from '@/lib/server/articles/get-article';

export const POST = apiRoute<{ articleId: string }>(async ({ actor, params }) => {
  const articleId = parseParam(params.articleId, idSchema, 'Article');
  await restoreArticle(actor, articleId);
  return json(await requireArticle(actor, articleId));
});
