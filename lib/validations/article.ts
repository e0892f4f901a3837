import { z } from 'zod';
import { dateInputSchema, httpUrlSchema, idSchema, isoDateTime, optionalText, textInput } from './common';

export const articleMetadataInputSchema = z.object({
  title: optionalText(500, 'The title').optional(),
  sourceUrl: httpUrlSchema.optional(),
  author: optionalText(300, 'The author').optional(),
  outlet: optionalText(300, 'The outlet').optional(),
  publishedAt: dateInputSchema.optional(),
});

export const createArticleInputSchema = articleMetadataInputSchema
  .extend({
    text: textInput().optional().meta({ description: 'Plain text; paragraphs separated by blank lines.' }),
    html: textInput().optional().meta({ description: 'HTML; reduced to a safe subset before it is stored.' }),
    markdown: textInput().optional().meta({ description: 'Markdown; converted to the same safe subset.' }),
    url: httpUrlSchema.optional().meta({
      description:
        'A link to a news page (http or https): the server fetches it, extracts the story and its metadata (title, author, outlet, date, canonical URL, language, direction) and keeps the raw page. title, author, outlet and publishedAt override what the page says. Refusals (address not allowed, timeout, not HTML, no story) answer 422 with `reason`.',
    }),
    allowDuplicate: z.boolean().optional().meta({
      description:
        'With url: import even when the workspace already has an article from the same link (as given or canonical) or with the same text. Without it such an import answers 409 with `reason: "duplicate"`, `existingArticleId` and `existingTitle`.',
    }),
  })
  .strict()
  .superRefine((input, ctx) => {
    const given = [input.text, input.html, input.markdown, input.url].filter((v) => v !== undefined).length;
    if (given !== 1) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'Give exactly one of text, html, markdown or url' });
    }
    // With a link, the link is the source: a second, different one would be ambiguous.
    if (input.url !== undefined && input.sourceUrl !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['sourceUrl'], message: 'Leave sourceUrl out when importing from url' });
    }
  })
  .meta({ id: 'CreateArticleInput' });
export type CreateArticleInput = z.input<typeof createArticleInputSchema>;

export const blockSchema = z
  .object({
    type: z.enum(['p', 'h2', 'h3', 'h4', 'li', 'blockquote']),
    start: z.number().int(),
    end: z.number().int(),
    ordered: z.boolean().optional(),
    links: z.array(z.object({ start: z.number().int(), end: z.number().int(), href: z.string() })).optional(),
  })
  .meta({ id: 'Block', description: 'A block of the frozen text; offsets in code points.' });
export type BlockDto = z.infer<typeof blockSchema>;

export const articleVersionSchema = z
  .object({
    id: idSchema,
    number: z.number().int(),
    contentHash: z.string().meta({ description: 'SHA-256 (hex) of the frozen text' }),
    source: z.enum(['paste', 'file', 'url', 'api', 'demo']),
    importedAt: isoDateTime,
  })
  .meta({ id: 'ArticleVersion' });

export const articleSummarySchema = z
  .object({
    id: idSchema,
    title: z.string(),
    sourceUrl: z.string().nullable(),
    author: z.string().nullable(),
    outlet: z.string().nullable(),
    publishedAt: isoDateTime.nullable(),
    createdAt: isoDateTime,
    claimCount: z.number().int(),
    statusCounts: z.record(z.string(), z.number().int()),
    changedAfterReviewAt: isoDateTime.nullable().meta({
      description: 'When the story was first seen changed (a new version imported) after the last verdict on it was published; null if never reviewed or unchanged since.',
    }),
  })
  .meta({ id: 'ArticleSummary' });
export type ArticleSummaryDto = z.infer<typeof articleSummarySchema>;

export const articleSchema = z
  .object({
    id: idSchema,
    title: z.string(),
    sourceUrl: z.string().nullable(),
    canonicalUrl: z.string().nullable(),
    author: z.string().nullable(),
    outlet: z.string().nullable(),
    publishedAt: isoDateTime.nullable(),
    language: z.string().nullable(),
    direction: z.enum(['ltr', 'rtl']),
    createdAt: isoDateTime,
    version: articleVersionSchema,
    metadataVersion: z.number().int().meta({ description: 'Send it back with PATCH /api/v1/articles/{id}: a stale one answers 409' }),
    text: z.string().meta({ description: 'The frozen text claims point into' }),
    blocks: z.array(blockSchema),
  })
  .meta({ id: 'Article' });
export type ArticleDto = z.infer<typeof articleSchema>;
