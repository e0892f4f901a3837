import { apiRoute } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { revokeMemberToken } from '@/lib/server/tokens/revoke-member-token';

/** Revokes the token: its next call answers 401. */
export const DELETE = apiRoute<{ tokenId: string }>(async ({ actor, params }) => {
  await revokeMemberToken(actor, parseParam(params.tokenId, idSchema, 'API token'));
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
});
