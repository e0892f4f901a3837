import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { getNotificationPreferences } from '@/lib/server/notifications/preferences';
import { mailConfigured } from '@/lib/server/mail/send-mail';
import { NotificationSettingsForm } from '@/components/notifications/notification-settings-form';

export const metadata: Metadata = { title: 'Notifications · Settings' };

export default async function NotificationSettingsPage() {
  const actor = await requirePageActor();
  const preferences = await getNotificationPreferences(actor.userId);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Notifications</h1>
      <p className="max-w-xl text-sm text-stone-700">
        Everything arrives in the app (the bell). Choose what is also emailed to you, at once or in one email a day, for all your
        workspaces.
      </p>
      {!mailConfigured() && (
        <p className="max-w-xl rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          This server has no mail relay configured: no emails are sent until an administrator sets one up.
        </p>
      )}
      <NotificationSettingsForm preferences={preferences} />
    </div>
  );
}
