import { apiRoute } from '@/lib/server/api/route';
import { conditionalJson } from '@/lib/server/api/conditional';
import { countUnreadNotifications } from '@/lib/server/notifications/count-unread';

// Polled by the bell in every signed-in page's header: 304 while the count holds (decision 011).
export const GET = apiRoute(async ({ request, actor }) => {
  const count = await countUnreadNotifications(actor);
  return conditionalJson(request, `${actor.userId}.${actor.workspaceId}.${count}`, async () => ({ count }));
});
