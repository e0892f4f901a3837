import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody } from '@/lib/server/api/parse';
import { acceptInvitationInputSchema } from '@/lib/validations/invitation';
import { acceptInvitation } from '@/lib/server/invitations/accept-invitation';

// The caller joins as a person, whatever workspace their token or session is for: the
// invitation link, not their current role, decides where and as what.
export const POST = apiRoute(async ({ request, actor }) => {
  const { token } = await parseJsonBody(request, acceptInvitationInputSchema);
  const accepted = await acceptInvitation(actor.userId, token);
  return json({ outcome: accepted.outcome, workspace: { id: accepted.workspaceId, name: accepted.workspaceName }, role: accepted.role });
});
