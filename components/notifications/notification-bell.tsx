'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useQuery } from '@tanstack/react-query';
import { clsx } from 'clsx';
import { unreadCountOptions } from '@/lib/queries/notifications';
import { usePrefetchOnIntent } from '@/components/layout/use-prefetch-on-intent';

/** The header's bell: the unread count, kept live by polling (304 while it holds). */
export function NotificationBell({ workspaceId, initialCount }: { workspaceId: string; initialCount: number }) {
  const { data } = useQuery(unreadCountOptions(workspaceId, initialCount));
  const count = data?.count ?? initialCount;
  const current = usePathname() === '/notifications';
  const intent = usePrefetchOnIntent('/notifications');
  const label = count === 0 ? 'Notifications, none unread' : `Notifications, ${count} unread`;
  return (
    <Link
      href="/notifications"
      {...intent}
      aria-label={label}
      aria-current={current ? 'page' : undefined}
      className={clsx('relative inline-flex items-center rounded px-2 py-1.5 text-stone-700 hover:bg-stone-100', current && 'bg-stone-100')}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 && (
        <span data-testid="unread-count" className="ml-1 min-w-5 rounded-full bg-red-700 px-1.5 text-center text-xs font-semibold leading-5 text-white">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
