import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import type { PathHelpers } from './path-helpers';
import { pageQuerySchema } from '@/lib/validations/pagination';
import {
  createWebhookInputSchema,
  updateWebhookInputSchema,
  webhookDeliveryPageSchema,
  webhookListSchema,
  webhookSchema,
  webhookWithSecretSchema,
} from '@/lib/validations/webhook';

// Webhooks (docs/decisions/034-webhooks.md), kept apart from the main document: the main
// document passes its helpers in.
type Helpers = PathHelpers;

const ADMINS = 'Admins only (other roles get 403).';
const SIGNING =
  'Each delivery is a POST of `{ type, timestamp, data }` with the Standard Webhooks headers `webhook-id` (the same for every attempt of a message), `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body`, keyed by the base64-decoded part of the `whsec_` secret). A 2xx answer delivers it; anything else, redirects included (never followed), is retried after 5 s, 5 min, 30 min, 2 h, 5 h and 10 h.';

export function webhookPaths({ op, ok, body, errorResponse }: Helpers): ZodOpenApiPathsObject {
  const webhookPath = { path: z.object({ webhookId: z.string().meta({ description: 'The webhook’s id' }) }) };
  const refused = errorResponse('The address is refused (`reason`: e.g. `address_not_allowed` for a private address, `scheme_not_allowed` for http), or a field is invalid');
  return {
    '/api/v1/webhooks': {
      get: op({ summary: 'The workspace’s webhook endpoints', description: ADMINS, responses: ok('Endpoints (without secrets)', webhookListSchema) }),
      post: op({
        summary: 'Register an endpoint for some events; the answer holds its signing secret, shown only now',
        description: `${ADMINS} ${SIGNING}`,
        requestBody: body(createWebhookInputSchema),
        responses: { ...ok('The endpoint, with its secret', webhookWithSecretSchema, '201'), '422': refused },
      }),
    },
    '/api/v1/webhooks/{webhookId}': {
      get: op({ summary: 'One endpoint', description: ADMINS, requestParams: webhookPath, responses: ok('The endpoint', webhookSchema) }),
      patch: op({
        summary: 'Change an endpoint’s address, description, events, or enable or disable it',
        description: `${ADMINS} A disabled endpoint gets nothing new; its pending retries are dropped.`,
        requestParams: webhookPath,
        requestBody: body(updateWebhookInputSchema),
        responses: { ...ok('The endpoint', webhookSchema), '422': refused },
      }),
      delete: op({
        summary: 'Delete an endpoint with its deliveries log',
        description: ADMINS,
        requestParams: webhookPath,
        responses: { '204': { description: 'Deleted' }, '404': errorResponse('No such endpoint in the workspace') },
      }),
    },
    '/api/v1/webhooks/{webhookId}/rotate-secret': {
      post: op({
        summary: 'Replace the signing secret; the new one is in this answer only and signs every later attempt',
        description: ADMINS,
        requestParams: webhookPath,
        responses: ok('The endpoint, with its new secret', webhookWithSecretSchema),
      }),
    },
    '/api/v1/webhooks/{webhookId}/deliveries': {
      get: op({
        summary: 'The endpoint’s deliveries, newest first, a page at a time, each with its latest attempts',
        description: ADMINS,
        requestParams: { ...webhookPath, query: pageQuerySchema },
        responses: { ...ok('A page of deliveries', webhookDeliveryPageSchema), '400': errorResponse('The cursor or limit is not valid') },
      }),
    },
    '/api/v1/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver': {
      post: op({
        summary: 'Send a delivery again: the same message (same webhook-id and body), freshly signed, queued at once',
        description: ADMINS,
        requestParams: { path: z.object({ webhookId: z.string(), deliveryId: z.string().meta({ description: 'The message id (`msg_…`)' }) }) },
        responses: ok('Queued', z.object({ queued: z.literal(true) }), '202'),
      }),
    },
  };
}
