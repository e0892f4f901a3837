import { z } from 'zod';
import { articleMetadataInputSchema } from './article';

/** The import form's fields as they arrive from FormData: empty strings mean "not given". */
const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export const importFormSchema = z.object({
  mode: z.enum(['paste', 'file']),
  text: z.preprocess(emptyToUndefined, z.string().optional()),
  title: z.preprocess(emptyToUndefined, articleMetadataInputSchema.shape.title),
  sourceUrl: z.preprocess(emptyToUndefined, articleMetadataInputSchema.shape.sourceUrl),
  author: z.preprocess(emptyToUndefined, articleMetadataInputSchema.shape.author),
  outlet: z.preprocess(emptyToUndefined, articleMetadataInputSchema.shape.outlet),
  publishedAt: z.preprocess(emptyToUndefined, articleMetadataInputSchema.shape.publishedAt),
});
