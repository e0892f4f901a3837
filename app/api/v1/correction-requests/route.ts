import { apiRoute, json } from '@/lib/server/api/route';
import { parsePageQuery } from '@/lib/server/api/parse';
import { deskListQuerySchema } from '@/lib/validations/correction-request';
import { listDeskCorrectionRequests } from '@/lib/server/correction-requests/list-correction-requests';

export const GET = apiRoute(async ({ request, actor }) => {
  const page = await listDeskCorrectionRequests(actor, parsePageQuery(request, deskListQuerySchema));
  return json({ correctionRequests: page.items, nextCursor: page.nextCursor });
});
