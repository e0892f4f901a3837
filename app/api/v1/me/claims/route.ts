import { apiRoute, json } from '@/lib/server/api/route';
import { parsePageQuery } from '@/lib/server/api/parse';
import { listMyClaims } from '@/lib/server/claims/list-my-claims';
import { myClaimsQuerySchema } from '@/lib/validations/my-claims';

export const GET = apiRoute(async ({ request, actor }) => json(await listMyClaims(actor, parsePageQuery(request, myClaimsQuerySchema))));
