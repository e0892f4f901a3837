import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import { articleSchema, articleSummarySchema, createArticleInputSchema } from '@/lib/validations/article';
import { claimEventSchema, claimSchema, createClaimInputSchema, updateClaimInputSchema } from '@/lib/validations/claim';
import { addEvidenceInputSchema, evidenceSchema, updateEvidenceInputSchema } from '@/lib/validations/evidence';
import { ratingSchema } from '@/lib/validations/rating';
import { exportQuerySchema } from '@/lib/validations/export';
import { memberSchema, updateMemberInputSchema } from '@/lib/validations/member';
import {
  acceptedInvitationSchema,
  acceptInvitationInputSchema,
  createdInvitationSchema,
  createInvitationInputSchema,
  invitationSchema,
} from '@/lib/validations/invitation';
import { updateWorkspaceInputSchema, workspaceSchema } from '@/lib/validations/workspace';
import { reviewReportJsonSchema } from '@/lib/core/exports';
import { errorStatus } from '@/lib/errors';
import { annotationImportQuerySchema, annotationImportResultSchema } from '@/lib/validations/annotation-import';
import {
  articlePreviewSchema,
  checkForChangesResultSchema,
  previewArticleInputSchema,
  reattachClaimInputSchema,
  versionDiffQuerySchema,
  versionDiffSchema,
  versionListSchema,
} from '@/lib/validations/article-version';

// The API reference is generated from the very schemas the routes validate with, so it cannot
// drift from what the server accepts.

const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(errorStatus) as [keyof typeof errorStatus, ...(keyof typeof errorStatus)[]]),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional(),
      reason: z.string().optional().meta({ description: 'Why a link was refused (e.g. address_not_allowed, timeout)' }),
    }),
  })
  .meta({ id: 'Error' });

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: errorSchema } },
});

const ok = (description: string, schema: z.ZodType, status = '200'): ZodOpenApiResponsesObject => ({
  [status]: { description, content: { 'application/json': { schema } } },
  '401': errorResponse('Missing or invalid token'),
  '403': errorResponse('Your role does not allow this'),
  '404': errorResponse('Not found (or not in your workspace)'),
  '422': errorResponse('Validation failed; `fields` says which'),
});

const body = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const path = (name: string) => ({ path: z.object({ [name]: z.string().meta({ description: `The ${name.replace('Id', '')}'s id` }) }) });

const op = (o: ZodOpenApiOperationObject): ZodOpenApiOperationObject => ({ security: [{ bearer: [] }], ...o });

export function buildOpenApiDocument(serverUrl?: string) {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Factdesk API',
      version: '1.0.0',
      description:
        'Create articles, anchor claims in their frozen text, record verdicts and evidence. Positions are Unicode code points. Authenticate with `Authorization: Bearer <token>` (`npm run admin -- create-token`).',
    },
    servers: serverUrl ? [{ url: serverUrl }] : undefined,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths: {
      '/api/v1/articles': {
        get: op({ summary: 'List articles', responses: ok('Articles', z.object({ articles: z.array(articleSummarySchema) })) }),
        post: op({
          summary: 'Create an article from text, HTML, Markdown or a link',
          description:
            'Give exactly one of `text`, `html`, `markdown` or `url`. With `url` the server fetches the page (public addresses only), extracts the story and answers with it, `language` and `direction` included; a link it will not or cannot fetch answers 422 with `reason` saying why.',
          requestBody: body(createArticleInputSchema),
          responses: {
            ...ok('The frozen article', articleSchema, '201'),
            '413': errorResponse('Too large'),
            '422': errorResponse('Invalid input, or a link that was refused (see `reason`)'),
          },
        }),
      },
      '/api/v1/articles/{articleId}': {
        get: op({ summary: 'Get an article with its frozen text', requestParams: path('articleId'), responses: ok('Article', articleSchema) }),
      },
      '/api/v1/articles/{articleId}/claims': {
        get: op({ summary: 'List claims in document order', requestParams: path('articleId'), responses: ok('Claims', z.object({ claims: z.array(claimSchema) })) }),
        post: op({
          summary: 'Mark a claim by quote or by position',
          requestParams: path('articleId'),
          requestBody: body(createClaimInputSchema),
          responses: ok('The claim, anchored', claimSchema, '201'),
        }),
      },
      '/api/v1/articles/{articleId}/export': {
        get: op({
          summary: 'Download the review report: Markdown, CSV, JSON, ClaimReview JSON-LD or W3C Web Annotations',
          requestParams: { ...path('articleId'), query: exportQuerySchema },
          responses: {
            ...ok('The report as a file (`format=json` shown; others are text/markdown, text/csv or application/ld+json)', reviewReportJsonSchema),
          },
        }),
      },
      '/api/v1/articles/{articleId}/annotations': {
        post: op({
          summary: 'Import W3C Web Annotations (e.g. from Hypothesis or another Factdesk) as claims',
          description:
            'Send an AnnotationCollection (first page embedded), an AnnotationPage, an array of annotations or a Hypothesis search result. Each annotation is placed on the current text by position, then by quote and context, then approximately; what cannot be placed is listed in `unanchored` with the reason and nothing is guessed. Verdicts whose label the scale knows are kept (never published); evidence links become evidence with the stance "adds context"; notes become a comment. `dryRun=1` reports without creating.',
          requestParams: { ...path('articleId'), query: annotationImportQuerySchema },
          requestBody: { content: { 'application/json': { schema: z.unknown().meta({ description: 'W3C Web Annotations' }) } } },
          responses: {
            ...ok('What was created (201), or the dry run / nothing placed (200)', annotationImportResultSchema, '201'),
            '422': errorResponse('Not annotations, or a malformed selector (the message names the annotation)'),
          },
        }),
      },
      '/api/v1/articles/{articleId}/versions/{number}/raw': {
        get: op({
          summary: 'Download the page as it was fetched, for a version imported from a link',
          requestParams: { path: z.object({ articleId: z.string(), number: z.string().meta({ description: 'Version number, from 1' }) }) },
          responses: {
            '200': { description: 'The raw HTML as a download (sandboxed)', content: { 'text/html': { schema: z.string() } } },
            '404': errorResponse('No such version, or it was not fetched from a link'),
          },
        }),
      },
      '/api/v1/claims/{claimId}': {
        get: op({ summary: 'Get a claim', requestParams: path('claimId'), responses: ok('Claim', claimSchema) }),
        patch: op({
          summary: 'Update status, verdict, explanation, statement or claimant',
          requestParams: path('claimId'),
          requestBody: body(updateClaimInputSchema),
          responses: { ...ok('The updated claim', claimSchema), '409': errorResponse('Stale version; `current` holds the claim as it is now') },
        }),
        delete: op({
          summary: 'Delete a claim (it can be restored)',
          requestParams: { ...path('claimId'), query: z.object({ version: z.string().optional() }) },
          responses: { '204': { description: 'Deleted' }, '409': errorResponse('Stale version') },
        }),
      },
      '/api/v1/claims/{claimId}/restore': {
        post: op({ summary: 'Undo a deletion', requestParams: path('claimId'), responses: ok('The restored claim', claimSchema) }),
      },
      '/api/v1/claims/{claimId}/history': {
        get: op({ summary: 'Every change to the claim, newest first', requestParams: path('claimId'), responses: ok('History', z.object({ events: z.array(claimEventSchema) })) }),
      },
      '/api/v1/claims/{claimId}/evidence': {
        post: op({ summary: 'Add evidence', requestParams: path('claimId'), requestBody: body(addEvidenceInputSchema), responses: ok('Evidence', evidenceSchema, '201') }),
      },
      '/api/v1/evidence/{evidenceId}': {
        patch: op({ summary: 'Edit evidence', requestParams: path('evidenceId'), requestBody: body(updateEvidenceInputSchema), responses: ok('Evidence', evidenceSchema) }),
        delete: op({ summary: 'Remove evidence', requestParams: path('evidenceId'), responses: { '204': { description: 'Removed' } } }),
      },
      '/api/v1/rating-scale': {
        get: op({ summary: "The workspace's rating scale", responses: ok('Ratings', z.object({ ratings: z.array(ratingSchema) })) }),
      },

      // ── Members, invitations and workspace settings ──────────────────────────────────────────
      '/api/v1/workspace': {
        get: op({ summary: 'The workspace of the token, its settings and your role', responses: ok('Workspace', workspaceSchema) }),
        patch: op({
          summary: 'Change the name, organisation link or self-approval rule (admins)',
          requestBody: body(updateWorkspaceInputSchema),
          responses: ok('The workspace as it is now', workspaceSchema),
        }),
      },
      '/api/v1/members': {
        get: op({ summary: 'Everyone in the workspace with their role, admins first', responses: ok('Members', z.object({ members: z.array(memberSchema) })) }),
      },
      '/api/v1/members/{userId}': {
        patch: op({
          summary: "Change a member's role (admins)",
          requestParams: path('userId'),
          requestBody: body(updateMemberInputSchema),
          responses: { ...ok('The member with the new role', memberSchema), '409': errorResponse('The last admin cannot be demoted') },
        }),
        delete: op({
          summary: 'Remove a member (admins), or leave the workspace (your own id, any role)',
          description: 'The member’s API tokens for this workspace are revoked. The last admin can neither be removed nor leave.',
          requestParams: path('userId'),
          responses: {
            '204': { description: 'Removed' },
            '403': errorResponse('Your role does not allow this'),
            '404': errorResponse('Not a member of this workspace'),
            '409': errorResponse('The last admin cannot be removed or leave'),
          },
        }),
      },
      '/api/v1/invitations': {
        get: op({ summary: 'Invitation links that can still be used (admins)', responses: ok('Invitations', z.object({ invitations: z.array(invitationSchema) })) }),
        post: op({
          summary: 'Create a single-use invitation link with a role (admins)',
          description: 'The answer holds the link (and its token) once; only a SHA-256 of the token is stored. The link expires after 7 days. No email is sent: send the link yourself.',
          requestBody: body(createInvitationInputSchema),
          responses: ok('The invitation and its link', createdInvitationSchema, '201'),
        }),
      },
      '/api/v1/invitations/accept': {
        post: op({
          summary: 'Join a workspace with an invitation link’s token (as the user of your token or session)',
          requestBody: body(acceptInvitationInputSchema),
          responses: {
            ...ok('Joined, or already a member (the link then stays unused)', acceptedInvitationSchema),
            '404': errorResponse('No such invitation'),
            '410': errorResponse('The link was used, revoked or has expired; `message` says which'),
          },
        }),
      },
      '/api/v1/invitations/{invitationId}': {
        delete: op({
          summary: 'Revoke an unused invitation link (admins)',
          requestParams: path('invitationId'),
          responses: {
            '204': { description: 'Revoked (or already was)' },
            '403': errorResponse('Your role does not allow this'),
            '404': errorResponse('Not found (or not in your workspace)'),
            '409': errorResponse('The link was already used'),
          },
        }),
      },
      // ── End of members, invitations and workspace settings ───────────────────────────────────
      // ── Article versions: preview, duplicates, check for changes, diff, re-attach ─────────────
      '/api/v1/articles/preview': {
        post: op({
          summary: 'Preview what importing a link would store (nothing is saved)',
          description:
            'Fetches the page like an import does and answers with the extracted metadata, the beginning of the text and `duplicate` (an article of the workspace from the same link or with the same text, or null). To save, POST /api/v1/articles with the `url` and any corrected metadata: the server fetches the page again and never takes the text from the client.',
          requestBody: body(previewArticleInputSchema),
          responses: { ...ok('The preview', articlePreviewSchema), '422': errorResponse('Invalid link, or a link that was refused (see `reason`)') },
        }),
      },
      '/api/v1/articles/{articleId}/check-for-changes': {
        post: op({
          summary: 'Fetch the article’s link again; store a new version if the text changed',
          description:
            'Same text (same SHA-256): 200 with `status: "unchanged"`. Changed: 201 with the new version; every claim is re-anchored on it (position, then exact quote, then approximate match scored by quote, context and position) and counted by method in `claims`; claims that cannot be placed become orphans (`orphans`), keep their old version, quote and context, and can be re-attached. Each moved or orphaned claim gets a `reanchored` history event.',
          requestParams: path('articleId'),
          responses: {
            ...ok('Changed: the new version and what happened to the claims', checkForChangesResultSchema, '201'),
            '200': { description: 'Unchanged', content: { 'application/json': { schema: checkForChangesResultSchema } } },
            '409': errorResponse('A claim changed during the check; run it again'),
            '422': errorResponse('The article has no link (`reason: no_link`), or the link was refused (see `reason`)'),
          },
        }),
      },
      '/api/v1/articles/{articleId}/versions': {
        get: op({ summary: 'List the versions of an article, newest first', requestParams: path('articleId'), responses: ok('Versions', versionListSchema) }),
      },
      '/api/v1/articles/{articleId}/versions/{number}/diff': {
        get: op({
          summary: 'What changed between two versions, paragraph by paragraph (rewritten paragraphs with a word diff)',
          requestParams: {
            path: z.object({ articleId: z.string(), number: z.string().meta({ description: 'The later version number' }) }),
            query: versionDiffQuerySchema.extend({ from: z.string().optional().meta({ description: 'The earlier version (default: number − 1)' }) }),
          },
          responses: ok('The diff', versionDiffSchema),
        }),
      },
      '/api/v1/claims/{claimId}/reattach': {
        post: op({
          summary: 'Re-attach an orphaned claim to a selection of the current version',
          requestParams: path('claimId'),
          requestBody: body(reattachClaimInputSchema),
          responses: { ...ok('The claim, anchored again (`anchorMethod: "manual"`)', claimSchema), '409': errorResponse('Not an orphan, or a stale version') },
        }),
      },
      // ── End of article versions ─────────────────────────────────────────────────────────────
    },
  });
}
