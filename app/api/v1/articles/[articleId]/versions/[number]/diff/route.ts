import { apiRoute, json } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { validationError } from '@/lib/server/api/error-response';
import { idSchema } from '@/lib/validations/common';
import { versionDiffQuerySchema, versionNumberSchema } from '@/lib/validations/article-version';
import { getVersionDiff } from '@/lib/server/articles/get-version-diff';

export const GET = apiRoute<{ articleId: string; number: string }>(async ({ request, actor, params }) => {
  const articleId = parseParam(params.articleId, idSchema, 'Article');
  const number = parseParam(params.number, versionNumberSchema, 'Article version');
  const query = versionDiffQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw validationError(query.error);
  return json(await getVersionDiff(actor, articleId, number, query.data.from));
});
