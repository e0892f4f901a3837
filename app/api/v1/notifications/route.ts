import { apiRoute, json } from '@/lib/server/api/route';
import { parsePageQuery } from '@/lib/server/api/parse';
import { listNotifications } from '@/lib/server/notifications/list-notifications';

export const GET = apiRoute(async ({ request, actor }) => json(await listNotifications(actor, parsePageQuery(request))));
