import { apiRoute, json } from '@/lib/server/api/route';
import { parsePageQuery, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { listWebhookDeliveries } from '@/lib/server/webhooks/webhook-deliveries';

export const GET = apiRoute<{ webhookId: string }>(async ({ request, actor, params }) =>
  json(await listWebhookDeliveries(actor, parseParam(params.webhookId, idSchema, 'Webhook'), parsePageQuery(request))),
);
