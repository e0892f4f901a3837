import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import { requirePermission, type Actor } from '@/lib/server/actor';
import { enqueueJob } from '@/lib/server/jobs/enqueue-job';
import { afterCursor, pageOrder, toPage } from '@/lib/server/pagination/keyset';
import type { PageQuery } from '@/lib/validations/pagination';
import type { WebhookDeliveryPageDto } from '@/lib/validations/webhook';
import { deliverySelect, toDeliveryDto } from './webhook-shape';

async function requireEndpoint(actor: Actor, endpointId: string): Promise<void> {
  requirePermission(actor, 'workspace.manage');
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id: endpointId, workspaceId: actor.workspaceId }, select: { id: true } });
  if (!endpoint) throw new AppError('not_found', 'Webhook not found.');
}

/** The endpoint's deliveries, newest first, a keyset page at a time, each with its latest attempts. */
export async function listWebhookDeliveries(actor: Actor, endpointId: string, query: PageQuery): Promise<WebhookDeliveryPageDto> {
  await requireEndpoint(actor, endpointId);
  const rows = await db.webhookDelivery.findMany({
    where: { endpointId, workspaceId: actor.workspaceId, ...afterCursor('occurredAt', 'desc', query.cursor) },
    ...pageOrder('occurredAt', 'desc', query),
    select: deliverySelect,
  });
  const page = toPage(rows, query, (row) => row.occurredAt);
  return { deliveries: page.items.map(toDeliveryDto), nextCursor: page.nextCursor };
}

/**
 * "Send again": one more attempt of the same message (same webhook-id and body, a fresh
 * timestamp and signature), queued as a job, whatever became of the earlier ones.
 */
export async function redeliverWebhook(actor: Actor, endpointId: string, deliveryId: string): Promise<void> {
  await requireEndpoint(actor, endpointId);
  const delivery = await db.webhookDelivery.findFirst({
    where: { id: deliveryId, endpointId, workspaceId: actor.workspaceId },
    select: { id: true },
  });
  if (!delivery) throw new AppError('not_found', 'Delivery not found.');
  await enqueueJob('webhook-delivery', { workspaceId: actor.workspaceId, deliveryId, manual: true });
}
