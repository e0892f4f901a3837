import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { updateArticleInputSchema } from '@/lib/validations/article-revision';
import { requireArticle } from '@/lib/server/articles/get-article';
import { updateArticle } from '@/lib/server/articles/update-article';
import { deleteArticle } from '@/lib/server/articles/delete-article';

export const GET = apiRoute<{ articleId: string }>(async ({ actor, params }) => {
  const articleId = parseParam(params.articleId, idSchema, 'Article');
  return json(await requireArticle(actor, articleId));
});

export const PATCH = apiRoute<{ articleId: string }>(async ({ request, actor, params }) => {
  const articleId = parseParam(params.articleId, idSchema, 'Article');
  return json(await updateArticle(actor, articleId, await parseJsonBody(request, updateArticleInputSchema)));
});

export const DELETE = apiRoute<{ articleId: string }>(async ({ actor, params }) => {
  return json(await deleteArticle(actor, parseParam(params.articleId, idSchema, 'Article')));
});
