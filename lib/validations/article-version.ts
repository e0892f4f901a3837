import { z } from 'zod';
import { httpUrlSchema, idSchema, isoDateTime } from './common';
import { textPositionSelectorSchema } from './claim';

export const versionListItemSchema = z
  .object({
    id: idSchema,
    number: z.number().int(),
    contentHash: z.string(),
    source: z.enum(['paste', 'file', 'url', 'api', 'demo']),
    importedAt: isoDateTime,
    fetchedAt: isoDateTime.nullable(),
    httpStatus: z.number().int().nullable(),
    claimsMoved: z.number().int().nullable().meta({ description: 'Claims that followed their words onto this version (null for version 1)' }),
    claimsOrphaned: z.number().int().nullable().meta({ description: 'Claims that lost their place when this version was added (null for version 1)' }),
  })
  .meta({ id: 'ArticleVersionListItem' });
export type VersionListItemDto = z.infer<typeof versionListItemSchema>;

export const versionListSchema = z.object({ versions: z.array(versionListItemSchema) }).meta({ id: 'ArticleVersionList' });

export const reanchorCountsSchema = z
  .object({
    position: z.number().int(),
    quote: z.number().int(),
    fuzzy: z.number().int(),
    orphaned: z.number().int(),
  })
  .meta({ description: 'Claims by how they were placed on the new version.' });

export const orphanSummarySchema = z.object({
  claimId: idSchema,
  exact: z.string(),
  reason: z.enum(['empty_quote', 'not_found', 'low_score', 'ambiguous']),
  detail: z.string().meta({ description: 'What was found and why it was rejected; GET /articles/{id}/orphans adds the "attach here?" suggestion' }),
});

export const checkForChangesResultSchema = z
  .discriminatedUnion('status', [
    z.object({ status: z.literal('unchanged'), version: versionListItemSchema, checkedAt: isoDateTime }),
    z.object({
      status: z.literal('changed'),
      previousVersion: z.number().int(),
      version: versionListItemSchema,
      checkedAt: isoDateTime,
      claims: reanchorCountsSchema,
      orphans: z.array(orphanSummarySchema),
    }),
  ])
  .meta({ id: 'CheckForChangesResult' });
export type CheckForChangesResultDto = z.infer<typeof checkForChangesResultSchema>;
/** Adding a revised text answers the same as a check for changes (decision 042). */
export type AddVersionResultDto = CheckForChangesResultDto;

const wordPieceSchema = z.object({ kind: z.enum(['same', 'removed', 'added']), text: z.string() });

export const paragraphChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('same'), text: z.string() }),
  z.object({ kind: z.literal('removed'), text: z.string() }),
  z.object({ kind: z.literal('added'), text: z.string() }),
  z.object({ kind: z.literal('changed'), before: z.string(), after: z.string(), pieces: z.array(wordPieceSchema) }),
]);

export const versionDiffSchema = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    summary: z.object({ same: z.number().int(), added: z.number().int(), removed: z.number().int(), changed: z.number().int() }),
    changes: z.array(paragraphChangeSchema),
  })
  .meta({ id: 'ArticleVersionDiff', description: 'What changed between two versions, paragraph by paragraph.' });
export type VersionDiffDto = z.infer<typeof versionDiffSchema>;

export const versionNumberSchema = z.coerce.number().int().min(1).max(100_000);

export const versionDiffQuerySchema = z.object({
  from: z.coerce.number({ error: 'from must be a version number' }).int().min(1).max(100_000).optional(),
});

export const reattachClaimInputSchema = z
  .object({
    selector: textPositionSelectorSchema,
    exact: z.string().min(1).max(5000).optional().meta({ description: 'The selected text; checked against the position when given.' }),
    version: z.number().int().min(1).optional().meta({ description: 'The claim version this was based on; a stale one answers 409.' }),
  })
  .strict()
  .meta({ id: 'ReattachClaimInput' });
export type ReattachClaimInput = z.infer<typeof reattachClaimInputSchema>;

export const previewArticleInputSchema = z
  .object({ url: httpUrlSchema })
  .strict()
  .meta({ id: 'PreviewArticleInput' });

export const articlePreviewSchema = z
  .object({
    url: z.string(),
    title: z.string().nullable(),
    author: z.string().nullable(),
    outlet: z.string().nullable(),
    publishedAt: isoDateTime.nullable(),
    canonicalUrl: z.string(),
    language: z.string().nullable(),
    direction: z.enum(['ltr', 'rtl']),
    excerpt: z.string().meta({ description: 'The beginning of the extracted text' }),
    paragraphCount: z.number().int(),
    characterCount: z.number().int().meta({ description: 'Code points' }),
    contentHash: z.string(),
    fetchedAt: isoDateTime,
    duplicate: z.object({ id: idSchema, title: z.string(), match: z.enum(['url', 'text']) }).nullable(),
  })
  .meta({
    id: 'ArticlePreview',
    description: 'What importing this link would store. Nothing is saved: POST /api/v1/articles with the url fetches the page again.',
  });
export type ArticlePreviewDto = z.infer<typeof articlePreviewSchema>;
