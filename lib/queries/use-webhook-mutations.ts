'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateWebhookInput, UpdateWebhookInput, WebhookDto, WebhookWithSecretDto } from '@/lib/validations/webhook';
import { apiFetch } from './api-client';
import { webhookKeys } from './webhooks';

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

export function useUpdateWebhook() {
  const onSettled = useInvalidateWebhooks();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateWebhookInput & { id: string }) =>
      apiFetch<WebhookDto>(`/api/v1/webhooks/${id}`, { method: 'PATCH', body: input }),
    onSettled,
  });
}

export function useDeleteWebhook() {
  const onSettled = useInvalidateWebhooks();
  return useMutation({ mutationFn: (id: string) => apiFetch<void>(`/api/v1/webhooks/${id}`, { method: 'DELETE' }), onSettled });
}

export function useRotateWebhookSecret() {
  return useMutation({
    mutationFn: (id: string) => apiFetch<WebhookWithSecretDto>(`/api/v1/webhooks/${id}/rotate-secret`, { method: 'POST' }),
  });
}

/** "Send again": queued at once; the log refreshes until the new attempt shows. */
export function useRedeliverWebhook(webhookId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) =>
      apiFetch<{ queued: true }>(`/api/v1/webhooks/${webhookId}/deliveries/${deliveryId}/redeliver`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(webhookId) }),
  });
}
