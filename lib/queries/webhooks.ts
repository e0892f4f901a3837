import { queryOptions } from '@tanstack/react-query';
import type { WebhookDeliveryPageDto, WebhookListDto } from '@/lib/validations/webhook';
import { apiFetch } from './api-client';

export const webhookKeys = {
  all: ['webhooks'] as const,
  list: () => [...webhookKeys.all, 'list'] as const,
  deliveries: (webhookId: string) => [...webhookKeys.all, 'deliveries', webhookId] as const,
};

export function webhookListOptions() {
  return queryOptions({ queryKey: webhookKeys.list(), queryFn: () => apiFetch<WebhookListDto>('/api/v1/webhooks') });
}

/** A delivery sent again, until an attempt newer than `lastAttemptId` shows. */
export type AwaitedAttempt = { deliveryId: string; lastAttemptId: string | null };

function waiting(page: WebhookDeliveryPageDto | undefined, awaited: AwaitedAttempt | null): boolean {
  if (!page) return false;
  if (page.deliveries.some((d) => d.status === 'pending')) return true;
  const delivery = awaited && page.deliveries.find((d) => d.id === awaited.deliveryId);
  return Boolean(delivery && (delivery.attempts[0]?.id ?? null) === awaited.lastAttemptId);
}

/** The newest deliveries of an endpoint; refreshed while one waits for an attempt (a retry, or "send again"). */
export function webhookDeliveriesOptions(webhookId: string, awaited: AwaitedAttempt | null = null) {
  return queryOptions({
    queryKey: webhookKeys.deliveries(webhookId),
    queryFn: () => apiFetch<WebhookDeliveryPageDto>(`/api/v1/webhooks/${webhookId}/deliveries?limit=20`),
    refetchInterval: (query) => (waiting(query.state.data, awaited) ? 1_000 : false),
  });
}
