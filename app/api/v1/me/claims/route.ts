import { apiRoute, json } from '@/lib/server/api/route';
import { listMyClaims } from '@/lib/server/claims/list-my-claims';

export const GET = apiRoute(async ({ actor }) => json(await listMyClaims(actor)));
