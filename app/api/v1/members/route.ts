import { apiRoute, json } from '@/lib/server/api/route';
import { listMembers } from '@/lib/server/members/list-members';

export const GET = apiRoute(async ({ actor }) => json({ members: await listMembers(actor) }));
