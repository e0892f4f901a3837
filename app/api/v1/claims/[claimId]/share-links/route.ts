import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parsePageQuery, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { createShareLinkInputSchema } from '@/lib/validations/share-link';
import { createClaimShareLink } from '@/lib/server/share-links/create-share-link';
import { listClaimShareLinks } from '@/lib/server/share-links/list-share-links';
import { siteOrigin } from '@/lib/server/site-origin';

type Params = { claimId: string };

export const GET = apiRoute<Params>(async ({ request, actor, params }) => {
  const claimId = parseParam(params.claimId, idSchema, 'Claim');
  return json(await listClaimShareLinks(actor, claimId, parsePageQuery(request)));
});

export const POST = apiRoute<Params>(async ({ request, actor, params }) => {
  const claimId = parseParam(params.claimId, idSchema, 'Claim');
  const input = await parseJsonBody(request, createShareLinkInputSchema);
  return json(await createClaimShareLink(actor, claimId, input, siteOrigin(request.headers)), 201);
});
