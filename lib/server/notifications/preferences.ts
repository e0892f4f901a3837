import 'server-only';
import { db } from '@/lib/server/db/client';
import { defaultDelivery } from '@/lib/core/notifications/notification-kinds';
import { notificationKinds, type NotificationDeliveryValue, type NotificationKindValue } from '@/lib/validations/notification';
import type { UnsubscribeScope } from './unsubscribe-token';

export type Preferences = Record<NotificationKindValue, NotificationDeliveryValue>;

/** A member's email choice for every kind: what they chose, else the default. Per person, all workspaces. */
export async function getNotificationPreferences(userId: string): Promise<Preferences> {
  const rows = await db.notificationPreference.findMany({ where: { userId }, select: { kind: true, delivery: true } });
  const chosen = new Map(rows.map((row) => [row.kind, row.delivery]));
  return Object.fromEntries(notificationKinds.map((kind) => [kind, chosen.get(kind) ?? defaultDelivery[kind]])) as Preferences;
}

export async function updateNotificationPreferences(userId: string, preferences: Partial<Preferences>): Promise<void> {
  const entries = Object.entries(preferences) as [NotificationKindValue, NotificationDeliveryValue][];
  await db.$transaction(
    entries.map(([kind, delivery]) =>
      db.notificationPreference.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, delivery }, update: { delivery } }),
    ),
  );
}

/** What an unsubscribe link turns off: its kind, or (from a digest) every kind that goes to the digest. */
export async function unsubscribe(userId: string, scope: UnsubscribeScope): Promise<NotificationKindValue[]> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) return [];
  const current = await getNotificationPreferences(userId);
  const kinds = scope === 'digest' ? notificationKinds.filter((kind) => current[kind] === 'digest') : [scope];
  await updateNotificationPreferences(userId, Object.fromEntries(kinds.map((kind) => [kind, 'off'])));
  return kinds;
}
