import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { listNotifications } from '@/lib/server/notifications/list-notifications';
import { pageQuerySchema } from '@/lib/validations/pagination';
import { NotificationList } from '@/components/notifications/notification-list';

export const metadata: Metadata = { title: 'Notifications' };

export default async function NotificationsPage() {
  const actor = await requirePageActor();
  const first = await listNotifications(actor, pageQuerySchema.parse({}));
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Notifications</h1>
        <Link href="/settings/notifications" className="text-sm text-stone-700 underline underline-offset-2 hover:text-stone-950">
          Email settings
        </Link>
      </div>
      <NotificationList first={first} />
    </div>
  );
}
