import { z } from 'zod';
import { articleMetadataInputSchema } from './article';
import { httpUrlSchema, textInput } from './common';

/** The import form's fields as they arrive from FormData: empty strings mean "not given". */
const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export const importFormSchema = z
  .object({
    mode: z.enum(['paste', 'file', 'url']),
    text: z.preprocess(emptyToUndefined, textInput().optional()),
    url: z.preprocess(emptyToUndefined, httpUrlSchema.optional()),
    title: z.preprocess(emptyToUndefined, articleMetadataInputSchema.shape.title),
    sourceUrl: z.preprocess(emptyToUndefined, articleMetadataInputSchema.shape.sourceUrl),
    author: z.preprocess(emptyToUndefined, articleMetadataInputSchema.shape.author),
    outlet: z.preprocess(emptyToUndefined, articleMetadataInputSchema.shape.outlet),
    publishedAt: z.preprocess(emptyToUndefined, articleMetadataInputSchema.shape.publishedAt),
  })
  // Only the link mode needs its field checked here; the other modes check their content on import.
  .refine((form) => form.mode !== 'url' || form.url !== undefined, { path: ['url'], message: 'Paste the link to the article' });
