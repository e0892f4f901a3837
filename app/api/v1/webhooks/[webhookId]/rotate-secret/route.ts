import { apiRoute, json } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { rotateWebhookSecret } from '@/lib/server/webhooks/rotate-webhook-secret';

/** A new signing secret, in this answer only; the old one stops signing at once. */
export const POST = apiRoute<{ webhookId: string }>(async ({ actor, params }) =>
  json(await rotateWebhookSecret(actor, parseParam(params.webhookId, idSchema, 'Webhook'))),
);
