import 'server-only';
import type { JobWithMetadata } from 'pg-boss';
import { db, Prisma } from '@/lib/server/db/client';
import { getEnv } from '@/lib/env';
import { unseal } from '@/lib/server/jobs/seal';
import { isDelivered, nextRetryDelay, parseRetrySchedule } from '@/lib/core/webhooks/retry-schedule';
import { webhookHeaders } from '@/lib/core/webhooks/signature';
import { attemptOutcome, autoDisableReason, DELIVERIES_KEPT_DAYS, FAILING_DAYS_BEFORE_DISABLE } from '@/lib/core/webhooks/endpoint-health';
import type { WebhookEventType } from '@/lib/validations/webhook';
import { composeWebhookBody, type DeliverySubject } from './compose-webhook-body';
import { postWebhook, type PostOutcome } from './post-webhook';

export type WebhookDeliveryJobData = { workspaceId: string; deliveryId: string; manual?: boolean };

type Delivery = {
  id: string;
  workspaceId: string;
  endpointId: string;
  eventType: string;
  subject: Prisma.JsonValue;
  occurredAt: Date;
  body: string | null;
  status: string;
  attemptCount: number;
  endpoint: { url: string; enabled: boolean; secretSealed: string };
};

/**
 * One attempt of a delivery. Automatic attempts (the first, queued by the event's trigger, and
 * each scheduled retry) run only while the delivery is pending; a manual one ("send again") runs
 * whatever its state. The attempt is logged, and the delivery moved on, in one transaction that
 * also queues the next retry, so a crash never loses the schedule. Receivers may see a message
 * twice (a worker killed after sending): Standard Webhooks receivers dedupe on webhook-id.
 */
export async function runWebhookDeliveryJob(job: JobWithMetadata<WebhookDeliveryJobData>): Promise<{ outcome: string }> {
  const { workspaceId, deliveryId, manual = false } = job.data;
  const delivery: Delivery | null = await db.webhookDelivery.findFirst({
    where: { id: deliveryId, workspaceId },
    select: {
      id: true, workspaceId: true, endpointId: true, eventType: true, subject: true, occurredAt: true, body: true, status: true, attemptCount: true,
      endpoint: { select: { url: true, enabled: true, secretSealed: true } },
    },
  });
  if (!delivery) return { outcome: 'gone' };
  if (!manual && delivery.status !== 'pending') return { outcome: `already ${delivery.status}` };

  if (!manual && !delivery.endpoint.enabled) {
    await record(delivery, manual, { status: null, durationMs: 0, responseExcerpt: null, error: 'The endpoint is disabled: nothing was sent.' }, true);
    return { outcome: 'endpoint disabled' };
  }
  const body = delivery.body ?? (await storeBody(delivery));
  const headers = webhookHeaders(unseal(delivery.endpoint.secretSealed), delivery.id, Math.floor(Date.now() / 1000), body);
  const outcome = await postWebhook(delivery.endpoint.url, headers, body, getEnv().FACTDESK_WEBHOOK_TIMEOUT_MS);
  await record(delivery, manual, outcome, false);
  return { outcome: outcome.status === null ? (outcome.error ?? 'no answer') : `HTTP ${outcome.status}` };
}

/** Made once; a concurrent first attempt that stored its body first wins, and both send that. */
async function storeBody(delivery: Delivery): Promise<string> {
  const body = await composeWebhookBody(delivery.workspaceId, delivery.eventType as WebhookEventType, delivery.subject as DeliverySubject, delivery.occurredAt);
  const [stored] = await db.$queryRaw<{ body: string }[]>`
    UPDATE webhook_delivery SET body = COALESCE(body, ${body}) WHERE id = ${delivery.id} RETURNING body`;
  return stored?.body ?? body;
}

async function record(delivery: Delivery, manual: boolean, outcome: PostOutcome, giveUp: boolean): Promise<void> {
  const delivered = isDelivered(outcome.status);
  const schedule = parseRetrySchedule(getEnv().FACTDESK_WEBHOOK_RETRY_SCHEDULE);
  await db.$transaction(async (tx) => {
    await tx.webhookAttempt.create({
      data: { deliveryId: delivery.id, trigger: manual ? 'manual' : 'auto', ...outcome },
    });
    if (!giveUp) await keepEndpointHealth(tx, delivery, delivered, outcome);
    if (manual) {
      // Sending again never schedules retries; a success settles the delivery.
      if (delivered) await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { status: 'delivered', nextAttemptAt: null } });
      return;
    }
    const attempts = delivery.attemptCount + 1;
    const delay = delivered || giveUp ? null : nextRetryDelay(schedule, attempts);
    // Only the run that made attempt n moves the delivery on (a duplicate run matches nothing).
    const { count } = await tx.webhookDelivery.updateMany({
      where: { id: delivery.id, status: 'pending', attemptCount: delivery.attemptCount },
      data: {
        attemptCount: attempts,
        status: delivered ? 'delivered' : delay === null ? 'failed' : 'pending',
        nextAttemptAt: delay === null ? null : new Date(Date.now() + delay * 1000),
      },
    });
    if (count === 1 && delay !== null) {
      // FROM, so that the void result is no column Prisma must read.
      await tx.$queryRaw`SELECT 1 AS queued FROM factdesk_webhook_enqueue(${delivery.id}, ${delivery.workspaceId}, ${delay}::int)`;
    }
  });
}

/**
 * A 2xx clears the endpoint's failing streak; a failure starts it (if none) and, after
 * FAILING_DAYS_BEFORE_DISABLE days of nothing but failures, turns the endpoint off with the
 * reason the admin reads (decision 034, amendment 1). Then the endpoint's finished deliveries
 * older than DELIVERIES_KEPT_DAYS are removed with their attempts: each active endpoint keeps
 * its own log short, an idle one has nothing new to keep.
 */
async function keepEndpointHealth(tx: Prisma.TransactionClient, delivery: Delivery, delivered: boolean, outcome: PostOutcome): Promise<void> {
  if (delivered) {
    await tx.$executeRaw`UPDATE webhook_endpoint SET "failingSince" = NULL WHERE id = ${delivery.endpointId} AND "failingSince" IS NOT NULL`;
  } else {
    const reason = autoDisableReason(attemptOutcome(outcome.status, outcome.error ?? null));
    await tx.$executeRaw`
      UPDATE webhook_endpoint SET
        "failingSince" = COALESCE("failingSince", now()),
        "disabledReason" = CASE WHEN turn_off THEN ${reason} ELSE "disabledReason" END,
        "disabledAt" = CASE WHEN turn_off THEN now() ELSE "disabledAt" END,
        enabled = enabled AND NOT turn_off
      FROM (SELECT enabled AND COALESCE("failingSince", now()) <= now() - make_interval(days => ${FAILING_DAYS_BEFORE_DISABLE}::int) AS turn_off
            FROM webhook_endpoint WHERE id = ${delivery.endpointId}) AS health
      WHERE id = ${delivery.endpointId}`;
  }
  await tx.$executeRaw`
    DELETE FROM webhook_delivery WHERE "endpointId" = ${delivery.endpointId} AND status <> 'pending'
      AND "occurredAt" < now() - make_interval(days => ${DELIVERIES_KEPT_DAYS}::int)`;
}
