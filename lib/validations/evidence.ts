import { z } from 'zod';
import { dateInputSchema, httpUrlSchema, idSchema, isoDateTime, optionalText } from './common';

import { stances } from './evidence-values';

export { stances, stanceLabels, type StanceValue } from './evidence-values';
export const stanceSchema = z.enum(stances).meta({ description: 'supports, refutes, or adds context to the claim' });

const evidenceFields = {
  url: httpUrlSchema,
  title: optionalText(500, 'The title'),
  publisher: optionalText(300, 'The publisher'),
  passage: optionalText(10_000, 'The passage'),
  stance: stanceSchema,
  accessedAt: dateInputSchema.nullable(),
};

export const addEvidenceInputSchema = z
  .object({
    url: evidenceFields.url,
    title: evidenceFields.title.optional(),
    publisher: evidenceFields.publisher.optional(),
    passage: evidenceFields.passage.optional(),
    stance: evidenceFields.stance,
    accessedAt: evidenceFields.accessedAt.optional(),
  })
  .strict()
  .meta({ id: 'AddEvidenceInput' });
export type AddEvidenceInput = z.input<typeof addEvidenceInputSchema>;

export const updateEvidenceInputSchema = z
  .object({
    url: evidenceFields.url.optional(),
    title: evidenceFields.title.optional(),
    publisher: evidenceFields.publisher.optional(),
    passage: evidenceFields.passage.optional(),
    stance: evidenceFields.stance.optional(),
    accessedAt: evidenceFields.accessedAt.optional(),
  })
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'Nothing to change' })
  .meta({ id: 'UpdateEvidenceInput' });
export type UpdateEvidenceInput = z.input<typeof updateEvidenceInputSchema>;

export const evidenceSchema = z
  .object({
    id: idSchema,
    claimId: idSchema,
    url: z.string(),
    title: z.string(),
    publisher: z.string(),
    passage: z.string(),
    stance: stanceSchema,
    accessedAt: isoDateTime.nullable(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: 'Evidence' });
export type EvidenceDto = z.infer<typeof evidenceSchema>;
