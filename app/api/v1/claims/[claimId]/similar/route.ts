import { apiRoute, json } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { listSimilarClaims } from '@/lib/server/similar/list-similar-claims';

export const GET = apiRoute<{ claimId: string }>(async ({ actor, params }) => {
  return json(await listSimilarClaims(actor, parseParam(params.claimId, idSchema, 'Claim')));
});
