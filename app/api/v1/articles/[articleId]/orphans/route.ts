import { apiRoute, json } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { listOrphanNotes } from '@/lib/server/claims/orphan-notes';

export const GET = apiRoute<{ articleId: string }>(async ({ actor, params }) => {
  return json(await listOrphanNotes(actor, parseParam(params.articleId, idSchema, 'Article')));
});
