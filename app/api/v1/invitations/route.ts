import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody } from '@/lib/server/api/parse';
import { createInvitationInputSchema } from '@/lib/validations/invitation';
import { createInvitation } from '@/lib/server/invitations/create-invitation';
import { listPendingInvitations } from '@/lib/server/invitations/list-invitations';
import { emailInvitation } from '@/lib/server/invitations/email-invitation';
import { siteOrigin } from '@/lib/server/site-origin';

export const GET = apiRoute(async ({ actor }) => json({ invitations: await listPendingInvitations(actor) }));

export const POST = apiRoute(async ({ request, actor }) => {
  const input = await parseJsonBody(request, createInvitationInputSchema);
  const { path, ...invitation } = await createInvitation(actor, input);
  const url = siteOrigin(request.headers) + path;
  const emailDelivery = await emailInvitation(actor, { ...invitation, url });
  return json({ ...invitation, url, emailDelivery }, 201);
});
