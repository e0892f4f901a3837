import { apiRoute } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { markNotificationRead } from '@/lib/server/notifications/mark-read';

export const POST = apiRoute<{ notificationId: string }>(async ({ actor, params }) => {
  await markNotificationRead(actor, parseParam(params.notificationId, idSchema, 'Notification'));
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
});
