'use client';

import Link from 'next/link';
import { useInfiniteQuery } from '@tanstack/react-query';
import { clsx } from 'clsx';
import type { NotificationDto, NotificationPageDto } from '@/lib/validations/notification';
import { notificationListOptions } from '@/lib/queries/notifications';
import { useMarkAllNotificationsRead, useMarkNotificationRead } from '@/lib/queries/use-notification-mutations';
import { notificationHeadline, notificationPath } from '@/lib/core/notifications/notification-kinds';
import { formatDateTime } from '@/lib/format';
import { Button } from '@/components/ui/button';
import { ShowMoreButton } from '@/components/ui/show-more-button';
import { useToast } from '@/components/ui/toast';

function NotificationItem({ notification, onOpen }: { notification: NotificationDto; onOpen: (id: string) => void }) {
  const unread = notification.readAt === null;
  const showExcerpt = notification.kind !== 'article_changed' && notification.kind !== 'invitation_accepted';
  return (
    <li>
      <Link
        href={notificationPath(notification)}
        prefetch={false}
        onClick={() => unread && onOpen(notification.id)}
        className={clsx('block px-4 py-3 hover:bg-stone-50 focus-visible:bg-stone-50', unread && 'bg-amber-50/60')}
      >
        <span className={clsx('block text-stone-900', unread ? 'font-semibold' : 'font-normal')}>
          {unread && <span className="sr-only">Unread: </span>}
          {unread && <span aria-hidden="true" className="mr-2 inline-block h-2 w-2 rounded-full bg-red-700 align-middle" />}
          {notificationHeadline(notification)}
        </span>
        {showExcerpt && notification.excerpt && <span className="mt-0.5 block text-sm text-stone-700">“{notification.excerpt}”</span>}
        {notification.articleDeleted && (
          <span className="mt-0.5 block text-sm text-amber-900">The article was deleted since: open it to see until when it can be restored.</span>
        )}
        {notification.comment && <span className="mt-1 block border-l-2 border-stone-300 pl-2 text-sm text-stone-700">{notification.comment}</span>}
        <span className="mt-0.5 block text-xs text-stone-600">{formatDateTime(notification.createdAt)}</span>
      </Link>
    </li>
  );
}

/** The inbox: newest first, a page at a time; opening one marks it read and goes to its claim. */
export function NotificationList({ first }: { first: NotificationPageDto }) {
  const toast = useToast();
  const query = useInfiniteQuery(notificationListOptions(first));
  const markRead = useMarkNotificationRead(toast.show);
  const markAll = useMarkAllNotificationsRead(toast.show);
  const notifications = (query.data?.pages ?? [first]).flatMap((page) => page.notifications);
  const anyUnread = notifications.some((n) => n.readAt === null);
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-end">
        <Button size="sm" variant="secondary" disabled={!anyUnread || markAll.isPending} onClick={() => markAll.mutate()}>
          Mark all read
        </Button>
      </div>
      {notifications.length === 0 ? (
        <p className="rounded-xl border border-dashed border-stone-300 bg-white px-4 py-8 text-center text-sm text-stone-600">
          Nothing here yet. You will hear here when a claim is assigned to you, someone mentions you, a verdict needs your review or
          yours is approved or sent back.
        </p>
      ) : (
        <ul aria-label="Notifications" className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {notifications.map((notification) => (
            <NotificationItem key={notification.id} notification={notification} onOpen={(id) => markRead.mutate(id)} />
          ))}
        </ul>
      )}
      {query.hasNextPage && (
        <ShowMoreButton loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()} label="Show older" loadingLabel="Loading older notifications…" />
      )}
    </div>
  );
}
