import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { copyVerdictInputSchema } from '@/lib/validations/similar';
import { copyLinkedVerdict } from '@/lib/server/similar/copy-linked-verdict';

export const POST = apiRoute<{ claimId: string }>(async ({ request, actor, params }) => {
  const claimId = parseParam(params.claimId, idSchema, 'Claim');
  const input = await parseJsonBody(request, copyVerdictInputSchema);
  return json(await copyLinkedVerdict(actor, claimId, input));
});
