import { apiRoute, json } from '@/lib/server/api/route';
import { parsePageQuery, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { listCorrectionRequestHistory } from '@/lib/server/correction-requests/get-correction-request';

export const GET = apiRoute<{ requestId: string }>(async ({ request, actor, params }) => {
  const requestId = parseParam(params.requestId, idSchema, 'Correction request');
  const page = await listCorrectionRequestHistory(actor, requestId, parsePageQuery(request));
  return json({ events: page.items, nextCursor: page.nextCursor });
});
