import { apiRoute, json } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { listArticleHistory } from '@/lib/server/articles/list-article-history';

export const GET = apiRoute<{ articleId: string }>(async ({ actor, params }) => {
  return json({ events: await listArticleHistory(actor, parseParam(params.articleId, idSchema, 'Article')) });
});
