import { z } from 'zod';
import { optionalText } from './common';

export const ratingSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    description: z.string(),
    value: z.number().int().nullable().meta({ description: 'Position on the scale, higher is truer; null off the scale' }),
    color: z.string().nullable().optional().meta({ description: 'Highlight colour (#rrggbb); null: the tone of its place on the scale' }),
    retired: z.boolean().optional().meta({ description: 'Kept on the claims that use it, no longer offered as a verdict' }),
  })
  .meta({ id: 'Rating' });
export type RatingDto = z.infer<typeof ratingSchema>;

// The editable scale (decision 040): admins only.

export const scaleRatingSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    label: z.string(),
    description: z.string(),
    value: z.number().int().nullable(),
    color: z.string().nullable(),
    position: z.number().int(),
    retired: z.boolean(),
    usedBy: z.number().int().meta({ description: 'Claims (not deleted) that carry this verdict' }),
  })
  .meta({ id: 'ScaleRating' });
export type ScaleRatingDto = z.infer<typeof scaleRatingSchema>;

export const ratingScaleSchema = z
  .object({
    worst: z.number().int().meta({ description: 'The least true value of the scale (ClaimReview worstRating)' }),
    best: z.number().int().meta({ description: 'The truest value of the scale (ClaimReview bestRating)' }),
    ratings: z.array(scaleRatingSchema),
  })
  .meta({ id: 'RatingScale' });
export type RatingScaleDto = z.infer<typeof ratingScaleSchema>;

const label = optionalText(60, 'The label').min(1, 'Enter a label');
const description = optionalText(1000, 'The definition');
const value = z.number().int('A whole number').min(-1000).max(1000).nullable();
const color = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour in the form #1a2b3c')
  .transform((v) => v.toLowerCase())
  .nullable();
const position = z.number().int().min(0).max(1000).meta({ description: 'Place in the scale, 0 first (the truest first)' });

export const createRatingInputSchema = z
  .object({ label, description: description.default(''), value, color: color.default(null), position: position.optional() })
  .strict()
  .meta({ id: 'CreateRatingInput' });
export type CreateRatingInput = z.infer<typeof createRatingInputSchema>;

export const updateRatingInputSchema = z
  .object({
    label: label.optional(),
    description: description.optional(),
    value: value.optional(),
    color: color.optional(),
    position: position.optional(),
    retired: z.boolean().optional().meta({ description: 'true retires the verdict (no longer offered), false offers it again' }),
  })
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'Nothing to change' })
  .meta({ id: 'UpdateRatingInput' });
export type UpdateRatingInput = z.infer<typeof updateRatingInputSchema>;

const end = z.number().int('A whole number').min(-1000).max(1000);

export const updateScaleBoundsInputSchema = z
  .object({
    worst: end.optional().meta({ description: 'The least true value of the scale (ClaimReview worstRating)' }),
    best: end.optional().meta({ description: 'The truest value of the scale (ClaimReview bestRating)' }),
  })
  .strict()
  .refine((input) => input.worst !== undefined || input.best !== undefined, { message: 'Nothing to change' })
  .meta({ id: 'UpdateScaleBoundsInput' });
export type UpdateScaleBoundsInput = z.infer<typeof updateScaleBoundsInputSchema>;

export const ratingChangeActions = ['created', 'updated', 'retired', 'restored', 'deleted', 'rescaled'] as const;

export const ratingChangeSchema = z
  .object({
    id: z.string(),
    ratingKey: z.string().meta({ description: 'The verdict changed; empty for a change of the whole scale (`rescaled`: its ends)' }),
    action: z.enum(ratingChangeActions),
    changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
    actor: z.string().meta({ description: 'Name of the member who made the change' }),
    at: z.string(),
  })
  .meta({ id: 'RatingChange' });
export type RatingChangeDto = z.infer<typeof ratingChangeSchema>;
