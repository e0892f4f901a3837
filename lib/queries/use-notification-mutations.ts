'use client';

import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import type { NotificationPageDto } from '@/lib/validations/notification';
import { apiFetch } from './api-client';
import { notificationKeys } from './notifications';
import type { Notify } from './notify';

type Pages = InfiniteData<NotificationPageDto, string | null>;

/** Shows the change in the inbox at once; puts it back and says so if the server refused. */
function useReadMutation<V>(mutationFn: (vars: V) => Promise<unknown>, isAffected: (id: string, vars: V) => boolean, notify: Notify) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onMutate: async (vars: V) => {
      await queryClient.cancelQueries({ queryKey: notificationKeys.list() });
      const snapshot = queryClient.getQueryData<Pages>(notificationKeys.list());
      const now = new Date().toISOString();
      queryClient.setQueryData<Pages>(notificationKeys.list(), (data) =>
        data && {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            notifications: page.notifications.map((n) => (n.readAt === null && isAffected(n.id, vars) ? { ...n, readAt: now } : n)),
          })),
        },
      );
      return { snapshot };
    },
    onError: (_error, _vars, context) => {
      if (context?.snapshot) queryClient.setQueryData(notificationKeys.list(), context.snapshot);
      notify('Could not mark the notification read; try again.', { tone: 'error' });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.unread() }),
  });
}

/** Opening a notification marks it read. */
export function useMarkNotificationRead(notify: Notify) {
  return useReadMutation(
    (id: string) => apiFetch<void>(`/api/v1/notifications/${id}/read`, { method: 'POST' }),
    (id, wanted) => id === wanted,
    notify,
  );
}

export function useMarkAllNotificationsRead(notify: Notify) {
  return useReadMutation(
    (_: void) => apiFetch<{ marked: number }>('/api/v1/notifications/read-all', { method: 'POST' }),
    () => true,
    notify,
  );
}
