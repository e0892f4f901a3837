import { apiRoute, json } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { restoreClaim } from '@/lib/server/claims/delete-claim';

export const POST = apiRoute<{ claimId: string }>(async ({ actor, params }) => {
  return json(await restoreClaim(actor, parseParam(params.claimId, idSchema, 'Claim')));
});
