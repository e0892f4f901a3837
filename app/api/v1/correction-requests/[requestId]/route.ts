import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { updateCorrectionRequestInputSchema } from '@/lib/validations/correction-request';
import { getCorrectionRequest } from '@/lib/server/correction-requests/get-correction-request';
import { updateCorrectionRequest } from '@/lib/server/correction-requests/update-correction-request';
import { deleteCorrectionRequest } from '@/lib/server/correction-requests/delete-correction-request';

type Params = { requestId: string };
const idOf = (params: Params) => parseParam(params.requestId, idSchema, 'Correction request');

export const GET = apiRoute<Params>(async ({ actor, params }) => json(await getCorrectionRequest(actor, idOf(params))));

export const PATCH = apiRoute<Params>(async ({ request, actor, params }) => {
  const requestId = idOf(params);
  const input = await parseJsonBody(request, updateCorrectionRequestInputSchema);
  return json(await updateCorrectionRequest(actor, requestId, input));
});

export const DELETE = apiRoute<Params>(async ({ actor, params }) => {
  await deleteCorrectionRequest(actor, idOf(params));
  return new Response(null, { status: 204 });
});
