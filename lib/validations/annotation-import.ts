import { z } from 'zod';

/** `?dryRun=1` places the annotations and reports the result without creating anything. */
export const annotationImportQuerySchema = z
  .object({ dryRun: z.enum(['0', '1']).default('0') })
  .meta({ id: 'AnnotationImportQuery' });

const quoteSchema = z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() });

export const annotationImportResultSchema = z
  .object({
    dryRun: z.boolean(),
    created: z.array(
      z.object({
        index: z.number().int().meta({ description: "The annotation's place in the input, from 0" }),
        claimId: z.string().nullable().meta({ description: 'Null in a dry run' }),
        quote: z.string(),
        method: z.string().meta({ description: 'How it was placed: position, quote, fuzzy…' }),
        verdict: z.string().nullable(),
        evidence: z.number().int(),
      }),
    ),
    unanchored: z.array(z.object({ index: z.number().int(), quote: quoteSchema, reason: z.string(), message: z.string() })),
    skipped: z.array(z.object({ index: z.number().int(), reason: z.string(), message: z.string() })),
  })
  .meta({ id: 'AnnotationImportResult' });

export type AnnotationImportResult = z.infer<typeof annotationImportResultSchema>;
