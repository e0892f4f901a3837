import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { linkClaimInputSchema } from '@/lib/validations/similar';
import { linkClaims, listClaimLinks } from '@/lib/server/similar/claim-links';

export const GET = apiRoute<{ claimId: string }>(async ({ actor, params }) => {
  return json({ links: await listClaimLinks(actor, parseParam(params.claimId, idSchema, 'Claim')) });
});

export const POST = apiRoute<{ claimId: string }>(async ({ request, actor, params }) => {
  const claimId = parseParam(params.claimId, idSchema, 'Claim');
  const input = await parseJsonBody(request, linkClaimInputSchema);
  return json({ links: await linkClaims(actor, claimId, input) });
});
