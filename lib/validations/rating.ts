import { z } from 'zod';

export const ratingSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    description: z.string(),
    value: z.number().int().nullable().meta({ description: 'Position on the scale, higher is truer; null off the scale' }),
  })
  .meta({ id: 'Rating' });
export type RatingDto = z.infer<typeof ratingSchema>;
