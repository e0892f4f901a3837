import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { reattachClaimInputSchema } from '@/lib/validations/article-version';
import { reattachClaim } from '@/lib/server/claims/reattach-claim';

export const POST = apiRoute<{ claimId: string }>(async ({ request, actor, params }) => {
  const claimId = parseParam(params.claimId, idSchema, 'Claim');
  const input = await parseJsonBody(request, reattachClaimInputSchema);
  return json(await reattachClaim(actor, claimId, input));
});
