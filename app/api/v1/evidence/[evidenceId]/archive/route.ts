import { apiRoute, json } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { getEvidenceArchive } from '@/lib/server/evidence-archive/evidence-archive';

export const GET = apiRoute<{ evidenceId: string }>(async ({ actor, params }) =>
  json(await getEvidenceArchive(actor, parseParam(params.evidenceId, idSchema, 'Evidence'))),
);
