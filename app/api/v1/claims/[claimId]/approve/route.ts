import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { approveClaimInputSchema } from '@/lib/validations/claim';
import { approveClaim } from '@/lib/server/claims/approve-claim';

export const POST = apiRoute<{ claimId: string }>(async ({ request, actor, params }) => {
  const claimId = parseParam(params.claimId, idSchema, 'Claim');
  const input = await parseJsonBody(request, approveClaimInputSchema);
  return json(await approveClaim(actor, claimId, input));
});
