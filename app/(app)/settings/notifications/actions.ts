'use server';

import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { updateNotificationPreferences } from '@/lib/server/notifications/preferences';
import { notificationKinds, notificationPreferencesFormSchema } from '@/lib/validations/notification';
import type { FormState } from '@/lib/validations/auth';

export type NotificationSettingsState = FormState & { message?: string };

export async function updateNotificationSettingsAction(_: NotificationSettingsState, formData: FormData): Promise<NotificationSettingsState> {
  const actor = await requirePageActor();
  const values = Object.fromEntries(notificationKinds.map((kind) => [kind, String(formData.get(kind) ?? '')]));
  const parsed = notificationPreferencesFormSchema.safeParse(values);
  if (!parsed.success) return { error: 'Choose one option for every kind of notification.', values };
  await updateNotificationPreferences(actor.userId, parsed.data);
  return { message: 'Email settings saved.', values };
}
