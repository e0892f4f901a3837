import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody } from '@/lib/server/api/parse';
import { createWebhookInputSchema } from '@/lib/validations/webhook';
import { createWebhook } from '@/lib/server/webhooks/create-webhook';
import { listWebhooks } from '@/lib/server/webhooks/list-webhooks';

export const GET = apiRoute(async ({ actor }) => json(await listWebhooks(actor)));

/** The answer holds the signing secret: the only time it is shown. */
export const POST = apiRoute(async ({ request, actor }) => {
  const input = await parseJsonBody(request, createWebhookInputSchema);
  return json(await createWebhook(actor, input), 201);
});
