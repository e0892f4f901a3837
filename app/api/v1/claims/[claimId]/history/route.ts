import { apiRoute, json } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { listClaimHistory } from '@/lib/server/claims/list-claim-history';

export const GET = apiRoute<{ claimId: string }>(async ({ actor, params }) => {
  return json({ events: await listClaimHistory(actor, parseParam(params.claimId, idSchema, 'Claim')) });
});
