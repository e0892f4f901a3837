import { z } from 'zod';
import { dateInputSchema, httpUrlSchema, idSchema, isoDateTime, optionalText, textInput } from './common';
import { versionListItemSchema } from './article-version';

// Versions for every article, metadata corrections, deletion (decision 042).

export const addVersionInputSchema = z
  .object({
    text: textInput().optional().meta({ description: 'The revised text, plain; paragraphs separated by blank lines.' }),
    html: textInput().optional().meta({ description: 'The revised text as HTML; reduced to the safe subset.' }),
    markdown: textInput().optional().meta({ description: 'The revised text as Markdown.' }),
    url: httpUrlSchema.optional().meta({ description: 'A link whose story is the revised text; fetched by the server (refusals answer 422 with `reason`).' }),
  })
  .strict()
  .superRefine((input, ctx) => {
    const given = [input.text, input.html, input.markdown, input.url].filter((v) => v !== undefined).length;
    if (given !== 1) ctx.addIssue({ code: 'custom', path: ['text'], message: 'Give exactly one of text, html, markdown or url' });
  })
  .meta({ id: 'AddArticleVersionInput' });
export type AddVersionInput = z.infer<typeof addVersionInputSchema>;

export const versionClaimSchema = z
  .object({
    id: idSchema,
    start: z.number().int(),
    end: z.number().int(),
    exact: z.string(),
    statement: z.string(),
    status: z.string(),
    orphaned: z.boolean().meta({ description: 'The claim lost its place on the next version and still points here' }),
  })
  .meta({ id: 'ArticleVersionClaim', description: 'A claim where it stood on this version (code points of its text).' });

export const articleVersionDetailSchema = versionListItemSchema
  .extend({
    latest: z.boolean(),
    text: z.string(),
    blocks: z.array(z.object({ type: z.string(), start: z.number().int(), end: z.number().int() }).passthrough()),
    claims: z.array(versionClaimSchema),
    positionsRecorded: z.boolean().meta({
      description:
        'false for a version replaced before claim positions were kept (or restored from a backup without them): claims that moved on to the next version are not shown, only those that lost their place',
    }),
  })
  .meta({ id: 'ArticleVersionDetail', description: 'One version, frozen, with its claims where they stood then.' });
export type ArticleVersionDetailDto = z.infer<typeof articleVersionDetailSchema>;
export type VersionClaimDto = z.infer<typeof versionClaimSchema>;

const versionNumber = (label: string) => z.coerce.number({ error: `${label} must be a version number` }).int().min(1).max(100_000);
export const versionPairQuerySchema = z
  .object({ from: versionNumber('from'), to: versionNumber('to') })
  .refine((q) => q.from !== q.to, { path: ['to'], message: 'Compare two different versions' });

const nullableText = (max: number, label: string) => optionalText(max, label).nullable().optional();

export const updateArticleInputSchema = z
  .object({
    metadataVersion: z.number().int().min(1).meta({ description: 'The article’s metadataVersion you read; a stale one answers 409.' }),
    title: optionalText(500, 'The title').min(1, 'Give the article a title').optional(),
    author: nullableText(300, 'The author'),
    outlet: nullableText(300, 'The outlet'),
    publishedAt: dateInputSchema.nullable().optional(),
    sourceUrl: httpUrlSchema.nullable().optional(),
  })
  .strict()
  .meta({ id: 'UpdateArticleInput', description: 'Corrected metadata; only the fields given change; null or empty clears one.' });
export type UpdateArticleInput = z.infer<typeof updateArticleInputSchema>;

export const articleEventSchema = z
  .object({
    id: idSchema,
    kind: z.enum(['metadata_changed', 'version_added', 'deleted', 'restored']),
    field: z.string().nullable(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    actorName: z.string().nullable(),
    at: isoDateTime,
  })
  .meta({ id: 'ArticleEvent' });
export type ArticleEventDto = z.infer<typeof articleEventSchema>;

export const deletedArticleSchema = z
  .object({
    id: idSchema,
    title: z.string(),
    deletedAt: isoDateTime,
    deletedByName: z.string().nullable(),
    purgeAfter: isoDateTime.meta({ description: 'When it is removed for good' }),
  })
  .meta({ id: 'DeletedArticle' });
export type DeletedArticleDto = z.infer<typeof deletedArticleSchema>;
