import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody } from '@/lib/server/api/parse';
import { createInvitationInputSchema } from '@/lib/validations/invitation';
import { createInvitation } from '@/lib/server/invitations/create-invitation';
import { listPendingInvitations } from '@/lib/server/invitations/list-invitations';

export const GET = apiRoute(async ({ actor }) => json({ invitations: await listPendingInvitations(actor) }));

export const POST = apiRoute(async ({ request, actor }) => {
  const input = await parseJsonBody(request, createInvitationInputSchema);
  const { path, ...invitation } = await createInvitation(actor, input);
  const origin = process.env.FACTDESK_URL ?? new URL(request.url).origin;
  return json({ ...invitation, url: new URL(path, origin).toString() }, 201);
});
