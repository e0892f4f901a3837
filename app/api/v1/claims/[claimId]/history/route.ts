import { apiRoute, json } from '@/lib/server/api/route';
import { parsePageQuery, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { listClaimHistory } from '@/lib/server/claims/list-claim-history';

export const GET = apiRoute<{ claimId: string }>(async ({ request, actor, params }) => {
  const page = await listClaimHistory(actor, parseParam(params.claimId, idSchema, 'Claim'), parsePageQuery(request));
  return json({ events: page.items, nextCursor: page.nextCursor });
});
