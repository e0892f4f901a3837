import 'server-only';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { visibleNotifications } from './visible-notifications';

/**
 * The bell's number, counted in PostgreSQL on every poll (never kept in an instance's memory,
 * so every instance answers alike). The poll itself answers 304 while it is unchanged.
 */
export async function countUnreadNotifications(actor: Actor): Promise<number> {
  return db.notification.count({ where: { ...visibleNotifications(actor), readAt: null } });
}
