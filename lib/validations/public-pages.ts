import { z } from 'zod';
import { optionalText } from './common';

// Public methodology and corrections log (decision 040).

export const PUBLIC_SLUG = /^[a-z0-9](?:[a-z0-9-]{1,58}[a-z0-9])$/;

export const publicPagesSettingsSchema = z
  .object({
    enabled: z.boolean().meta({ description: 'Whether the methodology page and corrections log are public (off by default)' }),
    slug: z.string().nullable().meta({ description: 'The pages live at /p/{slug}/methodology and /p/{slug}/corrections' }),
    methodologyMarkdown: z.string().meta({ description: 'The review process in the workspace’s own words (Markdown, sanitised when shown)' }),
    methodologyUrl: z.string().nullable().meta({ description: 'The public methodology page while enabled' }),
    correctionsUrl: z.string().nullable().meta({ description: 'The public corrections log while enabled' }),
  })
  .meta({ id: 'PublicPagesSettings' });
export type PublicPagesSettingsDto = z.infer<typeof publicPagesSettingsSchema>;

export const updatePublicPagesInputSchema = z
  .object({
    enabled: z.boolean().optional(),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .regex(PUBLIC_SLUG, 'Use 3 to 60 lower-case letters, digits and hyphens, starting and ending with a letter or digit')
      .optional(),
    methodologyMarkdown: optionalText(20_000, 'The methodology').optional(),
  })
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'Nothing to change' })
  .meta({ id: 'UpdatePublicPagesInput' });
export type UpdatePublicPagesInput = z.infer<typeof updatePublicPagesInputSchema>;

export const correctionsPageQuerySchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) });
