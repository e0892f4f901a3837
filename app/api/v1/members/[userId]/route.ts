import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { updateMemberInputSchema } from '@/lib/validations/member';
import { changeMemberRole } from '@/lib/server/members/change-member-role';
import { removeMember } from '@/lib/server/members/remove-member';

type Params = { userId: string };

export const PATCH = apiRoute<Params>(async ({ request, actor, params }) => {
  const userId = parseParam(params.userId, idSchema, 'Member');
  const { role } = await parseJsonBody(request, updateMemberInputSchema);
  return json(await changeMemberRole(actor, userId, role));
});

// Your own id leaves the workspace (any role); anyone else's removes them (admins only).
export const DELETE = apiRoute<Params>(async ({ actor, params }) => {
  await removeMember(actor, parseParam(params.userId, idSchema, 'Member'));
  return new Response(null, { status: 204 });
});
