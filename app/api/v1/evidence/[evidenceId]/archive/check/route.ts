import { apiRoute, json } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { getEvidenceArchive, requestEvidenceCheck } from '@/lib/server/evidence-archive/evidence-archive';

/** Check the live source against its archived copy now (or archive it, if it has no copy). */
export const POST = apiRoute<{ evidenceId: string }>(async ({ actor, params }) => {
  const evidenceId = parseParam(params.evidenceId, idSchema, 'Evidence');
  await requestEvidenceCheck(actor, evidenceId);
  return json(await getEvidenceArchive(actor, evidenceId), 202);
});
