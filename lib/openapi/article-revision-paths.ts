import { z } from 'zod';
import type { ZodOpenApiOperationObject, ZodOpenApiPathItemObject, ZodOpenApiPathsObject } from 'zod-openapi';
import type { PathHelpers } from './path-helpers';
import { articleSchema } from '@/lib/validations/article';
import { checkForChangesResultSchema, versionDiffSchema } from '@/lib/validations/article-version';
import {
  addVersionInputSchema,
  articleEventSchema,
  articleVersionDetailSchema,
  deletedArticleSchema,
  updateArticleInputSchema,
} from '@/lib/validations/article-revision';

// Versions for every article, metadata corrections, deletion and restore (decision 042), kept
// apart from the main document, which passes its helpers in.
type Helpers = PathHelpers;

const articlePath = { path: z.object({ articleId: z.string().meta({ description: 'The article’s id' }) }) };

/** The operations on `/api/v1/articles/{articleId}` besides GET. */
export function articleItemOperations({ op, ok, body, errorResponse }: Helpers): ZodOpenApiPathItemObject {
  return {
    patch: op({
      summary: 'Correct an article’s metadata (title, outlet, author, publication date, source link)',
      description:
        'Editors and admins (`article.edit`). Only the fields given change; null or "" clears one (never the title). Send the `metadataVersion` you read: a teammate’s change in between answers 409. Each changed field is recorded in the article’s history (GET …/history). The frozen text never changes.',
      requestParams: articlePath,
      requestBody: body(updateArticleInputSchema),
      responses: { ...ok('The article as it is now', articleSchema), '409': errorResponse('Stale `metadataVersion` (`reason: "stale_version"`)') },
    }),
    delete: op({
      summary: 'Delete an article imported by mistake (restorable by an admin for 30 days)',
      description:
        'Editors and admins (`article.delete`). The article and its claims leave every list, search, the dashboard and the suggestions; its share links answer 410. An admin restores it within 30 days (POST …/restore; the member who deleted it may undo for 10 minutes); after that it is purged.',
      requestParams: articlePath,
      responses: ok(
        'Deleted',
        z.object({ id: z.string(), deletedAt: z.string().meta({ format: 'date-time' }), restorableUntil: z.string().meta({ format: 'date-time' }) }),
      ),
    }),
  };
}

export function versionsPostOperation({ op, ok, body, errorResponse }: Helpers): ZodOpenApiOperationObject {
  return op({
    summary: 'Add a revised text to any article (text, HTML, Markdown or a link): a new version',
    description:
      'Give exactly one of `text`, `html`, `markdown` or `url`. The same text as the latest version (same SHA-256): 200 with `status: "unchanged"`, nothing written. Otherwise 201 with the new version; the claims are re-anchored on it as by check-for-changes (moved or orphaned). Needs `article.create`. Send an `Idempotency-Key` to retry safely.',
    requestParams: articlePath,
    requestBody: body(addVersionInputSchema),
    responses: {
      ...ok('Changed: the new version and what happened to the claims', checkForChangesResultSchema, '201'),
      '200': { description: 'Unchanged: no version added', content: { 'application/json': { schema: checkForChangesResultSchema } } },
      '409': errorResponse('A claim changed meanwhile; send it again'),
      '413': errorResponse('Too large'),
      '422': errorResponse('Invalid input, or a link that was refused (see `reason`)'),
    },
  });
}

export function articleRevisionPaths({ op, ok, errorResponse }: Helpers): ZodOpenApiPathsObject {
  return {
    '/api/v1/articles/{articleId}/versions/{number}': {
      get: op({
        summary: 'Read one version, frozen, with its claims where they stood then',
        requestParams: { path: z.object({ articleId: z.string(), number: z.string().meta({ description: 'The version number' }) }) },
        responses: ok('The version', articleVersionDetailSchema),
      }),
    },
    '/api/v1/articles/{articleId}/versions/diff': {
      get: op({
        summary: 'What changed between any two versions (either order), paragraph by paragraph',
        requestParams: {
          ...articlePath,
          query: z.object({ from: z.string().meta({ description: 'The version read as "before"' }), to: z.string().meta({ description: 'The version read as "after"' }) }),
        },
        responses: ok('The diff', versionDiffSchema),
      }),
    },
    '/api/v1/articles/{articleId}/history': {
      get: op({
        summary: 'The article’s own history: metadata corrections (old → new), versions added, deletion and restore',
        requestParams: articlePath,
        responses: ok('Events, newest first', z.object({ events: z.array(articleEventSchema) })),
      }),
    },
    '/api/v1/articles/{articleId}/restore': {
      post: op({
        summary: 'Restore a deleted article with the claims its deletion took',
        description: 'Admins, within 30 days of the deletion; the member who deleted it, within 10 minutes (undo). Others get 403.',
        requestParams: articlePath,
        responses: { ...ok('The article, back', articleSchema), '404': errorResponse('Not deleted, or deleted more than 30 days ago') },
      }),
    },
    '/api/v1/articles/deleted': {
      get: op({
        summary: 'Recently deleted articles an admin can still restore',
        description: 'Admins only.',
        responses: ok('Deleted articles, newest first', z.object({ articles: z.array(deletedArticleSchema) })),
      }),
    },
  };
}

