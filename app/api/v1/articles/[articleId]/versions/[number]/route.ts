import { apiRoute, json } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { versionNumberSchema } from '@/lib/validations/article-version';
import { getVersion } from '@/lib/server/articles/get-version';

export const GET = apiRoute<{ articleId: string; number: string }>(async ({ actor, params }) => {
  const articleId = parseParam(params.articleId, idSchema, 'Article');
  return json(await getVersion(actor, articleId, parseParam(params.number, versionNumberSchema, 'Article version')));
});
