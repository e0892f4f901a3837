import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { updateEvidenceInputSchema } from '@/lib/validations/evidence';
import { removeEvidence, updateEvidence } from '@/lib/server/evidence/evidence';

type Params = { evidenceId: string };

export const PATCH = apiRoute<Params>(async ({ request, actor, params }) => {
  const evidenceId = parseParam(params.evidenceId, idSchema, 'Evidence');
  const input = await parseJsonBody(request, updateEvidenceInputSchema);
  return json(await updateEvidence(actor, evidenceId, input));
});

export const DELETE = apiRoute<Params>(async ({ actor, params }) => {
  await removeEvidence(actor, parseParam(params.evidenceId, idSchema, 'Evidence'));
  return new Response(null, { status: 204 });
});
