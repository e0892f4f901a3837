import { z } from 'zod';
import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parseParam } from '@/lib/server/api/parse';
import { validationError } from '@/lib/server/api/error-response';
import { idSchema } from '@/lib/validations/common';
import { updateClaimInputSchema } from '@/lib/validations/claim';
import { requireClaim } from '@/lib/server/claims/get-claim';
import { updateClaim } from '@/lib/server/claims/update-claim';
import { deleteClaim } from '@/lib/server/claims/delete-claim';

type Params = { claimId: string };

export const GET = apiRoute<Params>(async ({ actor, params }) => {
  return json(await requireClaim(actor, parseParam(params.claimId, idSchema, 'Claim')));
});

export const PATCH = apiRoute<Params>(async ({ request, actor, params }) => {
  const claimId = parseParam(params.claimId, idSchema, 'Claim');
  const input = await parseJsonBody(request, updateClaimInputSchema);
  return json(await updateClaim(actor, claimId, input));
});

const versionQuery = z.coerce.number().int().min(1).optional();

export const DELETE = apiRoute<Params>(async ({ request, actor, params }) => {
  const claimId = parseParam(params.claimId, idSchema, 'Claim');
  const raw = new URL(request.url).searchParams.get('version') ?? undefined;
  const version = versionQuery.safeParse(raw);
  if (!version.success) throw validationError(version.error);
  await deleteClaim(actor, claimId, version.data);
  return new Response(null, { status: 204 });
});
