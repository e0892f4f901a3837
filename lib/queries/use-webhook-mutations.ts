'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateWebhookInput, UpdateWebhookInput, WebhookDto, WebhookWithSecretDto } from '@/lib/validations/webhook';
import { apiFetch } from './api-client';
import { webhookKeys } from './webhooks';
import type { Notify } from './notify';

function useInvalidateWebhooks() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: webhookKeys.all });
}

/** Registers an endpoint; the answer carries its secret, which is never shown again. */
export function useCreateWebhook() {
  const onSettled = useInvalidateWebhooks();
  return useMutation({
    mutationFn: (input: CreateWebhookInput) => apiFetch<WebhookWithSecretDto>('/api/v1/webhooks', { method: 'POST', body: input }),
    onSettled,
  });
}

// These hooks say how a change ended themselves, whether or not the item or the log that asked
// is still on screen by then (decision 005).

export function useUpdateWebhook(notify: Notify) {
  const onSettled = useInvalidateWebhooks();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateWebhookInput & { id: string }) =>
      apiFetch<WebhookDto>(`/api/v1/webhooks/${id}`, { method: 'PATCH', body: input }),
    onError: (error) => notify(`Not changed: ${error.message}`, { tone: 'error' }),
    onSettled,
  });
}

export function useDeleteWebhook(notify: Notify) {
  const onSettled = useInvalidateWebhooks();
  return useMutation({
    mutationFn: (endpoint: { id: string; name: string }) => apiFetch<void>(`/api/v1/webhooks/${endpoint.id}`, { method: 'DELETE' }),
    onSuccess: (_data, endpoint) => notify(`Endpoint ${endpoint.name} deleted.`),
    onError: (error) => notify(`Not deleted: ${error.message}`, { tone: 'error' }),
    onSettled,
  });
}

export function useRotateWebhookSecret(notify: Notify) {
  return useMutation({
    mutationFn: (id: string) => apiFetch<WebhookWithSecretDto>(`/api/v1/webhooks/${id}/rotate-secret`, { method: 'POST' }),
    onError: (error) => notify(`No new secret: ${error.message}`, { tone: 'error' }),
  });
}

/** "Send again": queued at once; the log refreshes until the new attempt shows. */
export function useRedeliverWebhook(webhookId: string, notify: Notify) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) =>
      apiFetch<{ queued: true }>(`/api/v1/webhooks/${webhookId}/deliveries/${deliveryId}/redeliver`, { method: 'POST' }),
    onSuccess: () => notify('Sent again: the new attempt shows here in a moment.'),
    onError: (error) => notify(`Not sent again: ${error.message}`, { tone: 'error' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(webhookId) }),
  });
}
