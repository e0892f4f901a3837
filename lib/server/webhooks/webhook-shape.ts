import 'server-only';
import type { Prisma } from '@/lib/server/db/client';
import type { WebhookAttemptDto, WebhookDeliveryDto, WebhookDto, WebhookEventType } from '@/lib/validations/webhook';

export const webhookSelect = {
  id: true,
  url: true,
  description: true,
  events: true,
  enabled: true,
  failingSince: true,
  disabledReason: true,
  disabledAt: true,
  createdAt: true,
  updatedAt: true,
  deliveries: { orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }], take: 1, select: { status: true, occurredAt: true } },
} satisfies Prisma.WebhookEndpointSelect;

type WebhookRow = Prisma.WebhookEndpointGetPayload<{ select: typeof webhookSelect }>;
type DeliveryStatus = WebhookDeliveryDto['status'];

export function toWebhookDto(row: WebhookRow): WebhookDto {
  const last = row.deliveries[0];
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events as WebhookEventType[],
    enabled: row.enabled,
    failingSince: row.failingSince?.toISOString() ?? null,
    disabledReason: row.disabledReason,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    lastDelivery: last ? { status: last.status as DeliveryStatus, occurredAt: last.occurredAt.toISOString() } : null,
  };
}

export const ATTEMPTS_SHOWN = 20;

export const deliverySelect = {
  id: true,
  eventType: true,
  occurredAt: true,
  status: true,
  attemptCount: true,
  nextAttemptAt: true,
  attempts: {
    orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
    take: ATTEMPTS_SHOWN,
    select: { id: true, trigger: true, startedAt: true, durationMs: true, status: true, responseExcerpt: true, error: true },
  },
} satisfies Prisma.WebhookDeliverySelect;

type DeliveryRow = Prisma.WebhookDeliveryGetPayload<{ select: typeof deliverySelect }>;

export function toDeliveryDto(row: DeliveryRow): WebhookDeliveryDto {
  return {
    id: row.id,
    eventType: row.eventType as WebhookEventType,
    occurredAt: row.occurredAt.toISOString(),
    status: row.status as DeliveryStatus,
    attemptCount: row.attemptCount,
    nextAttemptAt: row.status === 'pending' ? (row.nextAttemptAt?.toISOString() ?? null) : null,
    attempts: row.attempts.map(
      (a): WebhookAttemptDto => ({ ...a, trigger: a.trigger as WebhookAttemptDto['trigger'], startedAt: a.startedAt.toISOString() }),
    ),
  };
}
