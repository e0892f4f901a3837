import { apiRoute, json } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { checkForChanges } from '@/lib/server/articles/check-for-changes';

export const POST = apiRoute<{ articleId: string }>(async ({ actor, params }) => {
  const result = await checkForChanges(actor, parseParam(params.articleId, idSchema, 'Article'));
  return json(result, result.status === 'changed' ? 201 : 200);
});
