import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { updateWebhookInputSchema } from '@/lib/validations/webhook';
import { deleteWebhook } from '@/lib/server/webhooks/delete-webhook';
import { getWebhook } from '@/lib/server/webhooks/list-webhooks';
import { updateWebhook } from '@/lib/server/webhooks/update-webhook';

type Params = { webhookId: string };
const webhookIdOf = (params: Params) => parseParam(params.webhookId, idSchema, 'Webhook');

export const GET = apiRoute<Params>(async ({ actor, params }) => json(await getWebhook(actor, webhookIdOf(params))));

export const PATCH = apiRoute<Params>(async ({ request, actor, params }) => {
  const id = webhookIdOf(params);
  return json(await updateWebhook(actor, id, await parseJsonBody(request, updateWebhookInputSchema)));
});

export const DELETE = apiRoute<Params>(async ({ actor, params }) => {
  await deleteWebhook(actor, webhookIdOf(params));
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
});
