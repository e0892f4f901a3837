import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { NotificationPageDto, UnreadCountDto } from '@/lib/validations/notification';
import { apiFetch } from './api-client';

// How often the bell asks. Cheap: the server answers 304 while the count holds (decision 011).
export const NOTIFICATION_POLL_MS = 3000;

export const notificationKeys = {
  all: ['notifications'] as const,
  /** Without a workspace: every workspace's count (for invalidation). */
  unread: (workspaceId?: string) => (workspaceId ? ([...notificationKeys.all, 'unread', workspaceId] as const) : ([...notificationKeys.all, 'unread'] as const)),
  list: () => [...notificationKeys.all, 'list'] as const,
};

/**
 * The bell's count, polled; `initial` is what the page was rendered with. Keyed by workspace: the
 * inbox is per workspace, and a switch must not show the other one's count until the next poll.
 */
export function unreadCountOptions(workspaceId: string, initial: number) {
  return queryOptions({
    queryKey: notificationKeys.unread(workspaceId),
    queryFn: ({ signal }) => apiFetch<UnreadCountDto>('/api/v1/notifications/unread-count', { signal }),
    initialData: { count: initial },
    initialDataUpdatedAt: 0,
    refetchInterval: NOTIFICATION_POLL_MS,
  });
}

/** The inbox, a page at a time; its first page comes with the page. */
export function notificationListOptions(first: NotificationPageDto) {
  return infiniteQueryOptions({
    queryKey: notificationKeys.list(),
    queryFn: ({ pageParam, signal }) =>
      apiFetch<NotificationPageDto>(`/api/v1/notifications${pageParam ? `?cursor=${encodeURIComponent(pageParam)}` : ''}`, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    initialData: { pages: [first], pageParams: [null] },
    gcTime: 0,
  });
}
