import { apiRoute, json } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { listVersions } from '@/lib/server/articles/list-versions';

export const GET = apiRoute<{ articleId: string }>(async ({ actor, params }) => {
  return json({ versions: await listVersions(actor, parseParam(params.articleId, idSchema, 'Article')) });
});
