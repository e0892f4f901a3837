import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { sendBackClaimInputSchema } from '@/lib/validations/claim';
import { sendBackClaim } from '@/lib/server/claims/send-back-claim';

export const POST = apiRoute<{ claimId: string }>(async ({ request, actor, params }) => {
  const claimId = parseParam(params.claimId, idSchema, 'Claim');
  const input = await parseJsonBody(request, sendBackClaimInputSchema);
  return json(await sendBackClaim(actor, claimId, input));
});
