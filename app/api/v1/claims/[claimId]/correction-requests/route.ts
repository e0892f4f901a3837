import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parsePageQuery, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { createCorrectionRequestInputSchema } from '@/lib/validations/correction-request';
import { createCorrectionRequest } from '@/lib/server/correction-requests/create-correction-request';
import { listClaimCorrectionRequests } from '@/lib/server/correction-requests/list-correction-requests';

type Params = { claimId: string };

export const GET = apiRoute<Params>(async ({ request, actor, params }) => {
  const claimId = parseParam(params.claimId, idSchema, 'Claim');
  const page = await listClaimCorrectionRequests(actor, claimId, parsePageQuery(request));
  return json({ correctionRequests: page.items, nextCursor: page.nextCursor });
});

export const POST = apiRoute<Params>(async ({ request, actor, params }) => {
  const claimId = parseParam(params.claimId, idSchema, 'Claim');
  const input = await parseJsonBody(request, createCorrectionRequestInputSchema);
  return json(await createCorrectionRequest(actor, claimId, input), 201);
});
