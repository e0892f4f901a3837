import { apiRoute } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { revokeShareLink } from '@/lib/server/share-links/revoke-share-link';

/** Revokes the link: its public page answers 410 from now on. */
export const DELETE = apiRoute<{ linkId: string }>(async ({ actor, params }) => {
  await revokeShareLink(actor, parseParam(params.linkId, idSchema, 'Share link'));
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
});
