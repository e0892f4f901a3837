import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { visibleNotifications } from './visible-notifications';

/** Marks one of the actor's notifications read (again is fine); another's is "not found". */
export async function markNotificationRead(actor: Actor, notificationId: string): Promise<void> {
  const where = { id: notificationId, ...visibleNotifications(actor) };
  const { count } = await db.notification.updateMany({ where: { ...where, readAt: null }, data: { readAt: new Date() } });
  if (count === 0 && (await db.notification.count({ where })) === 0) throw new AppError('not_found', 'Notification not found.');
}

/** Marks every notification of the actor in this workspace read; answers how many it marked. */
export async function markAllNotificationsRead(actor: Actor): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { ...visibleNotifications(actor), readAt: null }, data: { readAt: new Date() } });
  return count;
}
