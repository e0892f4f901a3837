import { z } from 'zod';
import 'zod-openapi';
import { channels, flagReasons, outcomes, recipientKinds } from './correction-request-values';
import { dateInputSchema, hasNoNul, httpUrlSchema, idSchema, isoDateTime, NUL_MESSAGE, optionalText, textInput } from './common';
import { nextCursorSchema, pageQuerySchema } from './pagination';

// Correction requests (interventions), decision 039. The values are in correction-request-values.ts,
// their labels in lib/core/correction-requests, which client components read without zod.

export const recipientKindSchema = z.enum(recipientKinds).meta({ description: 'Whom the desk asked: claimant, publisher, regulator, other' });
export const channelSchema = z.enum(channels).meta({ description: 'How: email, form, social, letter, other' });
export const outcomeSchema = z
  .enum(outcomes)
  .meta({ description: 'pending (open: no outcome yet), corrected, clarified, removed, declined, no_answer' });

const requestText = textInput()
  .trim()
  .min(1, 'Say what was asked')
  .max(10_000, 'What was asked is too long (10,000 characters at most)')
  .refine(hasNoNul, NUL_MESSAGE);

const fields = {
  recipientKind: recipientKindSchema,
  recipientName: optionalText(300, 'The name').meta({ description: 'Who exactly (a person, an outlet, a body)' }),
  channel: channelSchema,
  sentAt: dateInputSchema.meta({ description: 'When the request was sent' }),
  request: requestText.meta({ description: 'What was asked' }),
  internalNote: optionalText(10_000, 'The note').meta({ description: 'For the team only: never on public pages or in reports' }),
  response: optionalText(10_000, 'The response').meta({ description: 'What they answered' }),
  respondedAt: dateInputSchema.nullable().meta({ description: 'When they answered; null: not yet' }),
  outcome: outcomeSchema,
  correctionUrl: httpUrlSchema.nullable().meta({ description: 'A link to the correction, clarification or notice' }),
};

export const createCorrectionRequestInputSchema = z
  .object({
    recipientKind: fields.recipientKind,
    recipientName: fields.recipientName.optional(),
    channel: fields.channel,
    sentAt: fields.sentAt,
    request: fields.request,
    internalNote: fields.internalNote.optional(),
  })
  .strict()
  .meta({ id: 'CreateCorrectionRequestInput' });
export type CreateCorrectionRequestInput = z.input<typeof createCorrectionRequestInputSchema>;

export const updateCorrectionRequestInputSchema = z
  .object({
    version: z.number().int().min(1).meta({ description: 'The version this change is based on; 409 if stale.' }),
    recipientKind: fields.recipientKind.optional(),
    recipientName: fields.recipientName.optional(),
    channel: fields.channel.optional(),
    sentAt: fields.sentAt.optional(),
    request: fields.request.optional(),
    internalNote: fields.internalNote.optional(),
    response: fields.response.optional(),
    respondedAt: fields.respondedAt.optional(),
    outcome: fields.outcome
      .optional()
      .meta({ description: 'Setting an outcome (any, pending too) confirms the request and clears its "may have corrected" flag' }),
    correctionUrl: fields.correctionUrl.optional(),
  })
  .strict()
  .refine((input) => Object.keys(input).some((k) => k !== 'version'), { message: 'Nothing to change' })
  .meta({ id: 'UpdateCorrectionRequestInput' });
export type UpdateCorrectionRequestInput = z.input<typeof updateCorrectionRequestInputSchema>;

export const deskListQuerySchema = pageQuerySchema
  .extend({
    open: z
      .enum(['true', 'false'])
      .optional()
      .meta({ description: '`true`: only open requests (outcome pending); otherwise all' }),
  })
  .meta({ id: 'CorrectionRequestDeskQuery' });
export type DeskListQuery = z.output<typeof deskListQuerySchema>;

const flagSchema = z
  .object({
    at: isoDateTime,
    reason: z.enum(flagReasons),
    versionNumber: z.number().int().nullable().meta({ description: 'The story version that raised it' }),
  })
  .nullable()
  .meta({ description: '"Publisher may have corrected: confirm": a new version of the story moved, changed or lost the claim while the request was open. Cleared when an outcome is set.' });

export const correctionRequestSchema = z
  .object({
    id: idSchema,
    claimId: idSchema,
    recipientKind: recipientKindSchema,
    recipientName: z.string(),
    channel: channelSchema,
    sentAt: isoDateTime,
    request: z.string(),
    internalNote: z.string(),
    response: z.string(),
    respondedAt: isoDateTime.nullable(),
    outcome: outcomeSchema,
    correctionUrl: z.string().nullable(),
    open: z.boolean(),
    ageDays: z.number().int().meta({ description: 'Whole days since it was sent (until the response, once there is one)' }),
    flag: flagSchema,
    version: z.number().int(),
    createdBy: z.string().nullable().meta({ description: 'Who recorded it (name)' }),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: 'CorrectionRequest' });
export type CorrectionRequestDto = z.infer<typeof correctionRequestSchema>;

export const deskCorrectionRequestSchema = correctionRequestSchema
  .extend({
    claim: z.object({ id: idSchema, statement: z.string(), exact: z.string(), articleId: idSchema, articleTitle: z.string() }),
  })
  .meta({ id: 'DeskCorrectionRequest' });
export type DeskCorrectionRequestDto = z.infer<typeof deskCorrectionRequestSchema>;

export const correctionRequestPageSchema = z.object({ correctionRequests: z.array(correctionRequestSchema), nextCursor: nextCursorSchema });
export type CorrectionRequestPageDto = z.infer<typeof correctionRequestPageSchema>;
export const deskCorrectionRequestPageSchema = z.object({ correctionRequests: z.array(deskCorrectionRequestSchema), nextCursor: nextCursorSchema });
export type DeskCorrectionRequestPageDto = z.infer<typeof deskCorrectionRequestPageSchema>;

export const correctionRequestEventSchema = z
  .object({
    id: idSchema,
    at: isoDateTime,
    actor: z.string(),
    kind: z.string().meta({ description: 'created, updated, flagged' }),
    field: z.string().nullable(),
    from: z.string().nullable(),
    to: z.string().nullable(),
  })
  .meta({ id: 'CorrectionRequestEvent' });
export type CorrectionRequestEventDto = z.infer<typeof correctionRequestEventSchema>;
export const correctionRequestHistorySchema = z.object({ events: z.array(correctionRequestEventSchema), nextCursor: nextCursorSchema });

/** What the report and the public verdict page show: no internal note, no flag, no team names. */
export const publicCorrectionRequestSchema = z
  .object({
    recipientKind: recipientKindSchema,
    recipientName: z.string(),
    channel: channelSchema,
    sentAt: isoDateTime,
    outcome: outcomeSchema,
    respondedAt: isoDateTime.nullable(),
    correctionUrl: z.string().nullable(),
  })
  .meta({ id: 'PublicCorrectionRequest' });
export type PublicCorrectionRequestDto = z.infer<typeof publicCorrectionRequestSchema>;

/** The dashboard's figure of correction requests (its own section of GET /api/v1/dashboard). */
export const correctionRequestOutcomesSchema = z
  .object({
    sent: z.number().int().meta({ description: 'Requests sent in the range (by their date sent)' }),
    byOutcome: z.array(z.object({ outcome: outcomeSchema, count: z.number().int() })).meta({ description: 'Those requests by outcome, every outcome listed' }),
    open: z.number().int().meta({ description: 'Requests open now (outcome pending), whenever sent' }),
    medianDaysToResponse: z.number().nullable().meta({ description: 'Median whole days from sending to the answer, of the answered requests sent in the range; null if none' }),
  })
  .meta({ id: 'CorrectionRequestOutcomes' });
export type CorrectionRequestOutcomesDto = z.infer<typeof correctionRequestOutcomesSchema>;
