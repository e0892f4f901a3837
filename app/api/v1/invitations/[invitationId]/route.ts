import { apiRoute } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { revokeInvitation } from '@/lib/server/invitations/revoke-invitation';

export const DELETE = apiRoute<{ invitationId: string }>(async ({ actor, params }) => {
  await revokeInvitation(actor, parseParam(params.invitationId, idSchema, 'Invitation'));
  return new Response(null, { status: 204 });
});
