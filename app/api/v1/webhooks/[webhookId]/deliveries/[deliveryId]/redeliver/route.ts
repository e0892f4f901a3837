import { apiRoute, json } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { webhookDeliveryIdSchema } from '@/lib/validations/webhook';
import { redeliverWebhook } from '@/lib/server/webhooks/webhook-deliveries';

/** Queues one more attempt of the message (same webhook-id); the log shows it when made. */
export const POST = apiRoute<{ webhookId: string; deliveryId: string }>(async ({ actor, params }) => {
  await redeliverWebhook(actor, parseParam(params.webhookId, idSchema, 'Webhook'), parseParam(params.deliveryId, webhookDeliveryIdSchema, 'Delivery'));
  return json({ queued: true }, 202);
});
