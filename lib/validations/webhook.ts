import { z } from 'zod';
import 'zod-openapi';
import { hasNoNul, httpUrlSchema, idSchema, isoDateTime, NUL_MESSAGE, textInput } from './common';
import { nextCursorSchema } from './pagination';

// Webhooks an admin registers (Settings → Webhooks, /api/v1/webhooks). Deliveries follow the
// Standard Webhooks specification; see docs/decisions/034-webhooks.md.

export { webhookEventLabels, webhookEventTypes, type WebhookEventType } from './webhook-values';
import { webhookEventTypes } from './webhook-values';

const eventsSchema = z
  .array(z.enum(webhookEventTypes))
  .min(1, 'Choose at least one event')
  .max(webhookEventTypes.length)
  .transform((events) => [...new Set(events)])
  .meta({ description: 'The events the endpoint receives.' });

const descriptionSchema = textInput()
  .trim()
  .max(200, 'The description is too long (200 characters at most)')
  .refine(hasNoNul, NUL_MESSAGE)
  .meta({ example: 'CMS: show verdicts on article pages' });

export const createWebhookInputSchema = z
  .object({
    url: httpUrlSchema.meta({
      description: 'Where deliveries are POSTed. https (http only in development, or for a host:port the server allows).',
      example: 'https://cms.example.org/factdesk-hook',
    }),
    description: descriptionSchema.default(''),
    events: eventsSchema,
    enabled: z.boolean().default(true),
  })
  .strict()
  .meta({ id: 'CreateWebhookInput' });
export type CreateWebhookInput = z.output<typeof createWebhookInputSchema>;

export const updateWebhookInputSchema = z
  .object({
    url: httpUrlSchema.optional(),
    description: descriptionSchema.optional(),
    events: eventsSchema.optional(),
    enabled: z.boolean().optional(),
  })
  .strict()
  .refine((input) => Object.keys(input).length > 0, 'Send at least one field to change')
  .meta({ id: 'UpdateWebhookInput' });
export type UpdateWebhookInput = z.output<typeof updateWebhookInputSchema>;

export const webhookSchema = z
  .object({
    id: idSchema,
    url: z.string(),
    description: z.string(),
    events: z.array(z.enum(webhookEventTypes)),
    enabled: z.boolean(),
    failingSince: isoDateTime.nullable().meta({ description: 'Since when every attempt has failed; null after a 2xx.' }),
    disabledReason: z
      .string()
      .nullable()
      .meta({ description: 'Why the endpoint was turned off automatically (5 days of failed attempts); cleared when an admin turns it on or off.' }),
    disabledAt: isoDateTime.nullable().meta({ description: 'When it was turned off automatically.' }),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    lastDelivery: z
      .object({ status: z.enum(['pending', 'delivered', 'failed']), occurredAt: isoDateTime })
      .nullable()
      .meta({ description: 'The newest delivery to this endpoint, if any.' }),
  })
  .meta({ id: 'Webhook', description: 'An endpoint. Its signing secret is shown only when made or rotated.' });
export type WebhookDto = z.infer<typeof webhookSchema>;

export const webhookWithSecretSchema = webhookSchema
  .extend({
    secret: z.string().meta({
      description: 'The signing secret (`whsec_` + base64 of 32 bytes): shown only now. The HMAC key is the base64-decoded part.',
    }),
  })
  .meta({ id: 'WebhookWithSecret' });
export type WebhookWithSecretDto = z.infer<typeof webhookWithSecretSchema>;

export const webhookListSchema = z.object({ webhooks: z.array(webhookSchema) }).meta({ id: 'WebhookList' });
export type WebhookListDto = z.infer<typeof webhookListSchema>;

export const webhookAttemptSchema = z
  .object({
    id: idSchema,
    trigger: z.enum(['auto', 'manual']).meta({ description: '`manual`: an admin’s “send again”.' }),
    startedAt: isoDateTime,
    durationMs: z.int(),
    status: z.int().nullable().meta({ description: 'The HTTP status answered; null when no answer came.' }),
    responseExcerpt: z.string().nullable().meta({ description: 'The first 1 KB of the answer, control characters removed.' }),
    error: z.string().nullable(),
  })
  .meta({ id: 'WebhookAttempt' });
export type WebhookAttemptDto = z.infer<typeof webhookAttemptSchema>;

export const webhookDeliverySchema = z
  .object({
    id: z.string().meta({ description: 'The message id, sent as `webhook-id` by every attempt.' }),
    eventType: z.enum(webhookEventTypes),
    occurredAt: isoDateTime,
    status: z.enum(['pending', 'delivered', 'failed']),
    attemptCount: z.int(),
    nextAttemptAt: isoDateTime.nullable(),
    attempts: z.array(webhookAttemptSchema).meta({ description: 'Newest first (the last 20).' }),
  })
  .meta({ id: 'WebhookDelivery' });
export type WebhookDeliveryDto = z.infer<typeof webhookDeliverySchema>;

export const webhookDeliveryPageSchema = z
  .object({ deliveries: z.array(webhookDeliverySchema), nextCursor: nextCursorSchema })
  .meta({ id: 'WebhookDeliveryPage' });
export type WebhookDeliveryPageDto = z.infer<typeof webhookDeliveryPageSchema>;

export const webhookDeliveryIdSchema = z
  .string()
  .regex(/^msg_[A-Za-z0-9]{1,60}$/, 'Not a valid delivery id');
