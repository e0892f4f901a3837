import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { addEvidenceInputSchema } from '@/lib/validations/evidence';
import { addEvidence } from '@/lib/server/evidence/evidence';

export const POST = apiRoute<{ claimId: string }>(async ({ request, actor, params }) => {
  const claimId = parseParam(params.claimId, idSchema, 'Claim');
  const input = await parseJsonBody(request, addEvidenceInputSchema);
  return json(await addEvidence(actor, claimId, input), 201);
});
