import { apiRoute, json } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { validationError } from '@/lib/server/api/error-response';
import { idSchema } from '@/lib/validations/common';
import { versionPairQuerySchema } from '@/lib/validations/article-revision';
import { getVersionDiff } from '@/lib/server/articles/get-version-diff';

// Any two versions: GET …/versions/diff?from=1&to=3 (either order).
export const GET = apiRoute<{ articleId: string }>(async ({ request, actor, params }) => {
  const articleId = parseParam(params.articleId, idSchema, 'Article');
  const query = versionPairQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw validationError(query.error);
  return json(await getVersionDiff(actor, articleId, query.data.to, query.data.from));
});
