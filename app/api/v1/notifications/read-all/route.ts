import { apiRoute, json } from '@/lib/server/api/route';
import { markAllNotificationsRead } from '@/lib/server/notifications/mark-read';

export const POST = apiRoute(async ({ actor }) => json({ marked: await markAllNotificationsRead(actor) }));
