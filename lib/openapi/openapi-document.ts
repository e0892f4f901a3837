import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import { articleSchema, articleSummarySchema, createArticleInputSchema } from '@/lib/validations/article';
import {
  approveClaimInputSchema,
  claimEventSchema,
  claimSchema,
  createClaimInputSchema,
  sendBackClaimInputSchema,
  updateClaimInputSchema,
} from '@/lib/validations/claim';
import { commentSchema, createCommentInputSchema } from '@/lib/validations/comment';
import { myClaimsQuerySchema, myClaimsSchema } from '@/lib/validations/my-claims';
import { searchQuerySchema, searchResultsSchema } from '@/lib/validations/search';
import { claimsViewPageSchema, claimsViewQuerySchema, createSavedViewInputSchema, savedViewListSchema, savedViewSchema } from '@/lib/validations/claims-view';
import { addEvidenceInputSchema, evidenceSchema, updateEvidenceInputSchema } from '@/lib/validations/evidence';
import { evidenceArchiveSchema } from '@/lib/validations/evidence-archive';
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
import { articleItemOperations, articleRevisionPaths, versionsPostOperation } from './article-revision-paths';
import { updateWorkspaceInputSchema, workspaceSchema } from '@/lib/validations/workspace';
import { dashboardQueryParamsSchema, dashboardSchema } from '@/lib/validations/dashboard';
import { apiTokenListQuerySchema, apiTokenListSchema, createApiTokenInputSchema, createdApiTokenSchema } from '@/lib/validations/api-token';
import { createdShareLinkSchema, createShareLinkInputSchema, shareLinkListSchema } from '@/lib/validations/share-link';
import { reviewReportJsonSchema } from '@/lib/core/exports';
import { errorStatus } from '@/lib/errors';
import {
  articleSuggestionsSchema, copyVerdictInputSchema, dismissSuggestionInputSchema, importReferenceInputSchema, importReferenceResultSchema,
  linkClaimInputSchema, linkedClaimSchema, referenceReviewSchema, referenceSearchSchema, similarClaimsSchema,
} from '@/lib/validations/similar';
import { annotationImportQuerySchema, annotationImportResultSchema } from '@/lib/validations/annotation-import';
import { restoreQuerySchema, restoreResultSchema } from '@/lib/validations/backup';
import { nextCursorSchema, pageQuerySchema } from '@/lib/validations/pagination';
import { articleListQuerySchema } from '@/lib/validations/article-list';
import { jobSchema } from '@/lib/validations/job';
import { notificationPageSchema, unreadCountSchema } from '@/lib/validations/notification';
import {
  articlePreviewSchema,
  checkForChangesResultSchema,
  previewArticleInputSchema,
  reattachClaimInputSchema,
  versionDiffQuerySchema,
  versionDiffSchema,
  versionListSchema,
} from '@/lib/validations/article-version';
import { documentIdempotencyKeys } from './idempotency-key';
import { webhookPaths } from './webhook-paths';
import { orphanPaths } from './orphan-paths';
import { ratingPaths } from './rating-paths';
import { correctionRequestPaths } from './correction-request-paths';
import { changedSourcePaths } from './changed-source-paths';
import { correctionRequestOutcomesSchema } from '@/lib/validations/correction-request';

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

const readinessSchema = z
  .object({
    status: z.enum(['ready', 'not_ready']),
    checks: z.object({
      database: z.enum(['ok', 'unreachable']),
      migrations: z.enum(['ok', 'pending', 'failed', 'unknown']),
      jobs: z.enum(['ok', 'not_installed', 'unknown']),
    }),
  })
  .meta({ id: 'Readiness' });

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: errorSchema } },
});

const ok = (description: string, schema: z.ZodType, status = '200'): ZodOpenApiResponsesObject => ({
  [status]: { description, content: { 'application/json': { schema } } },
  '401': errorResponse('Missing or invalid token'),
  '403': errorResponse('Your role does not allow this, or the token is read-only'),
  '404': errorResponse('Not found (or not in your workspace)'),
  '422': errorResponse('Validation failed; `fields` says which'),
  '503': errorResponse('The database is out of reach or overloaded: try again after `Retry-After` seconds'),
});

const body = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const path = (name: string) => ({ path: z.object({ [name]: z.string().meta({ description: `The ${name.replace('Id', '')}'s id` }) }) });

// A list that can grow answers one page at a time (keyset paging, docs/decisions/017).
const paged = (description: string, field: string, item: z.ZodType): ZodOpenApiResponsesObject => ({
  ...ok(description, z.object({ [field]: z.array(item), nextCursor: nextCursorSchema })),
  '400': errorResponse('The cursor or limit is not valid'),
});

const op = (o: ZodOpenApiOperationObject): ZodOpenApiOperationObject => ({ security: [{ bearer: [] }], ...o });
// A published verdict's sources show on its public page: they change like the verdict does.
const publishedSources = 'Needs `evidence.edit`; on a published claim also `claim.publish` (editors, admins).';
const publishedSourcesRefused = 'Not allowed; or the claim is published and the role lacks `claim.publish` (`reason: "published"`)';

export function buildOpenApiDocument(serverUrl?: string) {
  return documentIdempotencyKeys(createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Factdesk API',
      version: '1.0.0',
      description:
        'Create articles, anchor claims in their frozen text, record verdicts and evidence. Positions are Unicode code points. Authenticate with `Authorization: Bearer <token>` (Settings → API tokens, POST /api/v1/tokens, or `npm run admin -- create-token`). A read-only token may only read.',
    },
    servers: serverUrl ? [{ url: serverUrl }] : undefined,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths: {
      '/api/v1/articles': {
        get: op({
          summary: 'List articles, newest first, a page at a time, optionally filtered',
          description:
            'Filters combine (all must hold): `q` (words in title, outlet, author or text, read as `GET /api/v1/search` reads them), `outlet`, `changed=1`, `inReview=1`, `importedFrom`/`importedTo` (days, UTC, inclusive). Empty values are ignored. Keep the same filters when following `nextCursor`. A malformed value answers 400.',
          requestParams: { query: articleListQuerySchema },
          responses: { ...paged('A page of articles', 'articles', articleSummarySchema), '400': errorResponse('A malformed filter, cursor or limit') },
        }),
        post: op({
          summary: 'Create an article from text, HTML, Markdown or a link',
          description:
            'Give exactly one of `text`, `html`, `markdown` or `url`. With `url` the server fetches the page (public addresses only), extracts the story and answers with it, `language` and `direction` included; a link it will not or cannot fetch answers 422 with `reason` saying why.',
          requestBody: body(createArticleInputSchema),
          responses: {
            ...ok('The frozen article', articleSchema, '201'),
            '413': errorResponse('Too large'),
            '422': errorResponse('Invalid input, a document too complex to parse within the deadline (10 s by default), or a link that was refused (see `reason`)'),
          },
        }),
      },
      '/api/v1/articles/{articleId}': {
        get: op({ summary: 'Get an article with its frozen text', requestParams: path('articleId'), responses: ok('Article', articleSchema) }),
        ...articleItemOperations({ op, ok, body, errorResponse }),
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
          summary: 'Update status, verdict, explanation, statement, claimant or assignee',
          description:
            'The review gate applies: `needs_review` needs a verdict and records you as proposer; `published` is an approval (same rules as POST …/approve; publishing a claim that is not in review, or with a verdict set in the same request, approves your own proposal, allowed only with self-approval on); a checker cannot change a published claim; changing a published verdict or explanation is a correction and needs `correctionReason`. See docs/decisions/009.',
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
        get: op({
          summary: 'Every change to the claim, newest first, a page at a time',
          requestParams: { ...path('claimId'), query: pageQuerySchema },
          responses: paged('A page of history', 'events', claimEventSchema),
        }),
      },
      // "Already checked?", suggestions and the reference library (docs/decisions/027-already-checked-and-reference-library.md).
      '/api/v1/claims/{claimId}/similar': {
        get: op({
          summary: 'Already checked? The most alike earlier claims of the workspace and reviews of its reference library',
          description: 'Up to 5, compared on the statement (the quote while the statement is empty); only matches scoring at least `threshold` (measured, decision 024), each with why it matches.',
          requestParams: path('claimId'),
          responses: ok('Matches, most alike first', similarClaimsSchema),
        }),
      },
      '/api/v1/claims/{claimId}/links': {
        get: op({ summary: 'Claims linked to this one as "same claim as", either way', requestParams: path('claimId'), responses: ok('Linked claims', z.object({ links: z.array(linkedClaimSchema) })) }),
        post: op({
          summary: 'Link this claim to an earlier one as "same claim as"',
          description: 'Needs claim.edit. Recorded in both claims\' timelines (`linked`). Linking a pair again, from either side, changes nothing.',
          requestParams: path('claimId'),
          requestBody: body(linkClaimInputSchema),
          responses: { ...ok('The claims now linked to this one', z.object({ links: z.array(linkedClaimSchema) })), '422': errorResponse('Itself, or not a claim of this workspace') },
        }),
      },
      '/api/v1/claims/{claimId}/copy-verdict': {
        post: op({
          summary: "Copy a linked claim's verdict, explanation and evidence as this claim's proposal",
          description: 'The claim moves to `needs_review` proposed by you, through the review gate like any proposal (an editor who did not propose it approves).',
          requestParams: path('claimId'),
          requestBody: body(copyVerdictInputSchema),
          responses: { ...ok('The claim, in review', claimSchema), '409': errorResponse('Stale version'), '422': errorResponse('Not linked, or the linked claim has no verdict') },
        }),
      },
      '/api/v1/articles/{articleId}/suggestions': {
        get: op({
          summary: "Suggested claims for the article's newest version",
          description: 'Sentences repeating a published verdict of the desk or a reference review (`already-checked`, with the match) and check-worthy sentences, each with its reasons. Sentences already marked and dismissed suggestions are left out.',
          requestParams: path('articleId'),
          responses: ok('Suggestions in text order', articleSuggestionsSchema),
        }),
      },
      '/api/v1/articles/{articleId}/suggestions/dismissals': {
        post: op({
          summary: 'Dismiss a suggestion: it does not come back on this version',
          description: 'Needs claim.create. Accepting a suggestion is creating a claim with its `start`, `end` and `exact` (POST /api/v1/articles/{articleId}/claims).',
          requestParams: path('articleId'),
          requestBody: body(dismissSuggestionInputSchema),
          responses: { '204': { description: 'Dismissed' }, '422': errorResponse('The span is outside the text') },
        }),
      },
      '/api/v1/reference-reviews': {
        get: op({
          summary: "Search the workspace's reference library",
          requestParams: { query: referenceSearchSchema },
          responses: ok('Up to 20 reviews, best match first (newest first without q)', z.object({ reviews: z.array(referenceReviewSchema) })),
        }),
        post: op({
          summary: "Import other fact-checkers' ClaimReview JSON-LD (admins)",
          description: 'A document (one object, an array, @graph, a DataFeed, or a web page with JSON-LD blocks; 2 MB and 1,000 reviews at most), or a link fetched through the safe fetcher. All or nothing: a malformed document is refused (422, the message names the review) and nothing is written. A review already imported (same url and claim) is updated.',
          requestBody: body(importReferenceInputSchema),
          responses: { ...ok('How many were new and how many updated', importReferenceResultSchema, '201'), '403': errorResponse('Not an admin'), '422': errorResponse('Malformed JSON-LD, or the link could not be fetched') },
        }),
      },
      // Review gate, comments and the member's queue (docs/decisions/009-review-gate-and-corrections.md).
      '/api/v1/claims/{claimId}/approve': {
        post: op({
          summary: 'Approve a verdict in review and publish it',
          description: 'Needs claim.publish and a claim in `needs_review`. 403 with `reason: self_approval` when you proposed it and the workspace does not allow self-approval.',
          requestParams: path('claimId'),
          requestBody: body(approveClaimInputSchema),
          responses: { ...ok('The published claim (approvedBy, approvedAt, publishedAt set)', claimSchema), '409': errorResponse('Stale version') },
        }),
      },
      '/api/v1/claims/{claimId}/send-back': {
        post: op({
          summary: 'Send a verdict in review back to researching, with a comment saying why',
          requestParams: path('claimId'),
          requestBody: body(sendBackClaimInputSchema),
          responses: { ...ok('The claim, back in researching', claimSchema), '409': errorResponse('Stale version') },
        }),
      },
      '/api/v1/claims/{claimId}/comments': {
        get: op({
          summary: "A claim's comments, a page at a time",
          description: 'The first page holds the newest comments and `nextCursor` leads to older ones; within a page, comments are listed oldest first.',
          requestParams: { ...path('claimId'), query: pageQuerySchema },
          responses: paged('A page of comments', 'comments', commentSchema),
        }),
        post: op({
          summary: 'Comment on a claim (@Name or @email mentions a member)',
          requestParams: path('claimId'),
          requestBody: body(createCommentInputSchema),
          responses: ok('The comment', commentSchema, '201'),
        }),
      },
      '/api/v1/comments/{commentId}': {
        delete: op({
          summary: 'Delete a comment (your own; admins any)',
          requestParams: path('commentId'),
          responses: {
            '204': { description: 'Deleted' },
            '403': errorResponse('Not your comment (admins may delete any)'),
            '404': errorResponse('Not found (or not in your workspace)'),
          },
        }),
      },
      '/api/v1/search': {
        get: op({
          summary: "Search articles, claims, evidence and comments of the workspace, and its reference library's reviews",
          description:
            'Words match in any case, without accents, as word beginnings, with a typo or two, in the article\'s language (stemmed) and as written; numbers match whatever their separators (`2,000` = `2 000` = `2000`). `"a phrase"` keeps words together, `-word` excludes. Every word must match; when no row has them all, rows with any of them are listed. Most relevant first, then most recent; matched words are highlighted in `title` and `snippet`. Page with `nextCursor`. Reference reviews (kind `reference_review`: verdicts of other fact-checkers, `external: true`, `href` their original page) match every word of their claim or their publisher and come after the desk\'s own results, on the first page only.',
          requestParams: { query: searchQuerySchema },
          responses: { ...ok('Results', searchResultsSchema), '400': errorResponse('A cursor this search did not give'), '422': errorResponse('Invalid input') },
        }),
      },
      // ── Claims view (decision 029) ──
      '/api/v1/claims': {
        get: op({
          summary: "The workspace's claims, filtered and sorted (the claims view)",
          description:
            'Every claim of the workspace that is not deleted. Lists (`status`, `verdict`) take repeated keys or commas and match any value; dates take a day (UTC; `…To` includes the whole day) or a date-time; `…Within` is a span back from now (`7d`). `q` reads words as the search does. Page with `nextCursor`, which belongs to its sort (another sort answers 400); pages are keyset, so rows added meanwhile never repeat or skip one.',
          requestParams: { query: claimsViewQuerySchema },
          responses: { ...ok('A page of claims', claimsViewPageSchema), '400': errorResponse('A filter, the sort, the limit or the cursor is not valid') },
        }),
      },
      '/api/v1/claims/export.csv': {
        get: op({
          summary: 'The claims view as CSV: every claim matching the filters, in the chosen order',
          description: 'The same filters and sort as `GET /api/v1/claims` (cursor and limit are ignored). UTF-8 with a byte order mark; cells that a spreadsheet would run as a formula start with an apostrophe.',
          requestParams: { query: claimsViewQuerySchema },
          responses: { '200': { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, '400': errorResponse('A filter or the sort is not valid') },
        }),
      },
      '/api/v1/saved-views': {
        get: op({ summary: 'My saved views of the claims view in this workspace (private to me)', responses: ok('Saved views, by name', savedViewListSchema) }),
        post: op({
          summary: 'Save the filters and sort of the claims view under a name',
          requestBody: body(createSavedViewInputSchema),
          responses: { ...ok('The saved view', savedViewSchema, '201'), '409': errorResponse('A view of mine has this name'), '422': errorResponse('Invalid name or filters') },
        }),
      },
      '/api/v1/saved-views/{viewId}': {
        delete: op({
          summary: 'Delete one of my saved views',
          requestParams: path('viewId'),
          responses: { '204': { description: 'Deleted' }, '404': errorResponse('No such view of mine in this workspace') },
        }),
      },
      '/api/v1/me/claims': {
        get: op({
          summary: 'My queue: claims assigned to me, awaiting my review, mentioning me',
          description:
            'Each section is one page; `nextCursors` holds one cursor per section. Continue a section with `?section=<name>&cursor=<its cursor>`: the answer then holds only that section.',
          requestParams: { query: myClaimsQuerySchema },
          responses: { ...ok('My claims, a page of each section', myClaimsSchema), '400': errorResponse('The cursor or limit is not valid') },
        }),
      },
      // ── Notifications (decision 033) ──────────────────────────────────────────────────────
      '/api/v1/notifications': {
        get: op({
          summary: 'My notifications in this workspace, newest first',
          description: 'Only what I may still open: none about a deleted claim. Page with `nextCursor`.',
          requestParams: { query: pageQuerySchema },
          responses: { ...ok('A page of notifications', notificationPageSchema), '400': errorResponse('The cursor or limit is not valid') },
        }),
      },
      '/api/v1/notifications/unread-count': {
        get: op({
          summary: 'How many of my notifications are unread (the bell)',
          description: 'Poll it with `If-None-Match`: the answer is `304 Not Modified` while the count is unchanged.',
          responses: { ...ok('The unread count', unreadCountSchema), '304': { description: 'Unchanged since the ETag sent' } },
        }),
      },
      '/api/v1/notifications/{notificationId}/read': {
        post: op({
          summary: 'Mark one notification read',
          requestParams: path('notificationId'),
          responses: { '204': { description: 'Read (also when it already was)' }, '404': errorResponse('Not one of my notifications') },
        }),
      },
      '/api/v1/notifications/read-all': {
        post: op({
          summary: 'Mark all my notifications in this workspace read',
          responses: ok('How many were marked', z.object({ marked: z.number().int() })),
        }),
      },
      '/api/v1/claims/{claimId}/evidence': {
        post: op({
          summary: 'Add evidence',
          description: publishedSources,
          requestParams: path('claimId'),
          requestBody: body(addEvidenceInputSchema),
          responses: { ...ok('Evidence', evidenceSchema, '201'), '403': errorResponse(publishedSourcesRefused) },
        }),
      },
      '/api/v1/evidence/{evidenceId}': {
        patch: op({
          summary: 'Edit evidence',
          description: publishedSources,
          requestParams: path('evidenceId'),
          requestBody: body(updateEvidenceInputSchema),
          responses: { ...ok('Evidence', evidenceSchema), '403': errorResponse(publishedSourcesRefused) },
        }),
        delete: op({
          summary: 'Remove evidence',
          description: publishedSources,
          requestParams: path('evidenceId'),
          responses: { '204': { description: 'Removed' }, '403': errorResponse(publishedSourcesRefused), '404': errorResponse('Not found, or its claim is deleted') },
        }),
      },
      // ── Archived evidence (decision 038) ─────────────────────────────────────────────────────
      '/api/v1/evidence/{evidenceId}/archive': {
        get: op({
          summary: 'Whether the source was archived, where the passage is in the copy, and what the last re-check found',
          description:
            'Adding evidence or changing its link queues a job that fetches the page (same safety rules as import by link) and keeps a copy: the raw body (compressed), its SHA-256, status, final URL and readable text, and looks for the passage in it.',
          requestParams: path('evidenceId'),
          responses: { ...ok('The archive', evidenceArchiveSchema), '404': errorResponse('Not found, or its claim is deleted') },
        }),
      },
      '/api/v1/evidence/{evidenceId}/archive/check': {
        post: op({
          summary: 'Re-check the live source against its archived copy now (or archive it, if it has no copy)',
          description: 'Needs `evidence.edit`. The answer comes from a background job: read the archive again for `check`.',
          requestParams: path('evidenceId'),
          responses: { ...ok('The archive as it is now', evidenceArchiveSchema, '202'), '404': errorResponse('Not found, or its claim is deleted') },
        }),
      },
      '/api/v1/evidence/{evidenceId}/archive/raw': {
        get: op({
          summary: 'Download the archived response exactly as fetched',
          description: 'An attachment with `Content-Security-Policy: sandbox` and `X-Content-Type-Options: nosniff`; `X-Factdesk-Sha256` is its SHA-256.',
          requestParams: path('evidenceId'),
          responses: {
            '200': { description: 'The raw body as a download (sandboxed)', content: { 'text/html': { schema: z.string() }, 'text/plain': { schema: z.string() } } },
            '404': errorResponse('Not found, or no archived copy yet'),
          },
        }),
      },
      '/api/v1/evidence/{evidenceId}/archive/screenshot': {
        get: op({
          summary: 'The full-page screenshot of the archived copy',
          description:
            'A PNG (1280 px wide, at most 10,000 px tall) rendered by Chromium from the stored copy with JavaScript off and every request blocked, when the workspace makes screenshots (`archiveScreenshots`). `?download` serves it as an attachment. `X-Content-Type-Options: nosniff`.',
          requestParams: path('evidenceId'),
          responses: {
            '200': { description: 'The screenshot', content: { 'image/png': { schema: z.string() } } },
            '404': errorResponse('Not found, no archived copy yet, or no screenshot of it'),
          },
        }),
      },
      // ── Share links: public pages of published verdicts and article reviews ──────────────────
      '/api/v1/claims/{claimId}/share-links': {
        get: op({
          summary: "Live public links to the claim's verdict",
          requestParams: { ...path('claimId'), query: pageQuerySchema },
          responses: { ...ok('A page of links (without their secret), newest first', shareLinkListSchema), '400': errorResponse('The cursor or limit is not valid') },
        }),
        post: op({
          summary: 'Make a public link to a published verdict',
          description: 'The answer holds the link with its secret token, shown this once; only a hash is kept. A claim that is not published answers 422. Needs `share.create` (editors, admins).',
          requestParams: path('claimId'),
          requestBody: body(createShareLinkInputSchema),
          responses: ok('The new link, with its URL', createdShareLinkSchema, '201'),
        }),
      },
      '/api/v1/articles/{articleId}/share-links': {
        get: op({
          summary: "Live public links to the article's review",
          requestParams: { ...path('articleId'), query: pageQuerySchema },
          responses: { ...ok('A page of links (without their secret), newest first', shareLinkListSchema), '400': errorResponse('The cursor or limit is not valid') },
        }),
        post: op({
          summary: "Make a public link to the article's review (published verdicts only)",
          requestParams: path('articleId'),
          requestBody: body(createShareLinkInputSchema),
          responses: ok('The new link, with its URL', createdShareLinkSchema, '201'),
        }),
      },
      '/api/v1/share-links': {
        get: op({
          summary: 'Every live link of the workspace (admins: `share.manage`)',
          requestParams: { query: pageQuerySchema },
          responses: { ...ok('A page of links (without their secret), newest first', shareLinkListSchema), '400': errorResponse('The cursor or limit is not valid') },
        }),
      },
      '/api/v1/share-links/{linkId}': {
        delete: op({
          summary: 'Revoke a link (its creator or an admin); its page answers 410 from then on',
          requestParams: path('linkId'),
          responses: { '204': { description: 'Revoked (also when it already was)' }, '403': errorResponse('Neither its creator nor an admin'), '404': errorResponse('No such link in your workspace') },
        }),
      },
      // ── end of share links ──────────────────────────────────────────────────────────────────
      // The desk dashboard (docs/decisions/026-desk-dashboard.md).
      '/api/v1/dashboard': {
        get: op({
          summary: 'The desk dashboard (editors, admins): per-week throughput, durations, backlog, verdicts, corrections',
          description:
            'Filter by a range of UTC days (`from`, `to`; default the last 12 weeks), an `outlet` and a `member`. `format=csv&table=…` downloads one table as CSV (text/csv) instead.',
          requestParams: { query: dashboardQueryParamsSchema },
          responses: ok('The dashboard (or, with `format=csv`, one table as CSV)', dashboardSchema.extend({ correctionRequests: correctionRequestOutcomesSchema })),
        }),
      },
      // API tokens (docs/decisions/025-api-token-scopes.md).
      '/api/v1/tokens': {
        get: op({
          summary: 'Your live API tokens in this workspace, or (`owner=all`, admins) everyone’s',
          requestParams: { query: apiTokenListQuerySchema },
          responses: ok('Tokens (without their secret)', apiTokenListSchema),
        }),
        post: op({
          summary: 'Make an API token for yourself: read-only or read-write, with an optional expiry',
          description: 'The secret is in this answer only; only its SHA-256 is stored. A `read` token gets 403 (`reason: "read_only_token"`) on every call but GET (and the article preview), whatever the role. A read-only token cannot make tokens.',
          requestBody: body(createApiTokenInputSchema),
          responses: ok('The new token, with its secret', createdApiTokenSchema, '201'),
        }),
      },
      '/api/v1/tokens/{tokenId}': {
        delete: op({
          summary: 'Revoke a token (your own; admins any in the workspace); its next call answers 401',
          requestParams: path('tokenId'),
          responses: { '204': { description: 'Revoked' }, '404': errorResponse('No such live token of yours (or, for admins, of the workspace)') },
        }),
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
            '403': errorResponse('Your role does not allow this, or the token is read-only'),
            '404': errorResponse('Not a member of this workspace'),
            '409': errorResponse('The last admin cannot be removed or leave'),
          },
        }),
      },
      '/api/v1/invitations': {
        get: op({ summary: 'Invitation links that can still be used (admins)', responses: ok('Invitations', z.object({ invitations: z.array(invitationSchema) })) }),
        post: op({
          summary: 'Create a single-use invitation link with a role (admins)',
          description: 'The answer holds the link (and its token) once; only a SHA-256 of the token is stored. The link expires after 7 days. When an email is given and the server has a mail relay, the link is also emailed there by a background job (`emailDelivery` says whether it was queued; the invitation’s `emailStatus` then says sent, retrying or failed); a workspace can have at most 20 invitations emailed in an hour and 50 in 24 hours, past that the status is `rate_limited` and you send the link yourself.',
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
            '403': errorResponse('Your role does not allow this, or the token is read-only'),
            '404': errorResponse('Not found (or not in your workspace)'),
            '409': errorResponse('The link was already used'),
          },
        }),
      },
      '/api/health/live': {
        get: {
          summary: 'Liveness: the process answers (no database involved; no token)',
          responses: { '200': { description: 'Live', content: { 'application/json': { schema: z.object({ status: z.literal('live') }) } } } },
        },
      },
      '/api/health/ready': {
        get: {
          summary: 'Readiness for load balancers: database reachable, migrations applied, job queues installed (no token)',
          responses: {
            '200': { description: 'Ready', content: { 'application/json': { schema: readinessSchema } } },
            '503': { description: 'Not ready (with Retry-After); `checks` says which part failed', content: { 'application/json': { schema: readinessSchema } } },
          },
        },
      },
      '/api/v1/jobs': {
        get: op({
          summary: 'The workspace’s recent background jobs, newest first (admins)',
          description: 'Jobs such as invitation emails, run after the request by a worker. Finished jobs are listed for 12 hours, failed ones (out of attempts) for 30 days. See docs/decisions/022-background-jobs.md.',
          responses: ok('Jobs', z.object({ jobs: z.array(jobSchema) })),
        }),
      },
      '/api/v1/jobs/{jobId}/retry': {
        post: op({
          summary: 'Give a failed job one more attempt, now (admins)',
          requestParams: path('jobId'),
          responses: {
            '204': { description: 'Queued again' },
            '403': errorResponse('Your role does not allow this'),
            '404': errorResponse('Not found (or not in your workspace)'),
            '409': errorResponse('The job has not failed'),
          },
        }),
      },
      // ── End of members, invitations and workspace settings ───────────────────────────────────

      // ── Backup and restore ───────────────────────────────────────────────────────────────────
      '/api/v1/workspace/backup': {
        get: op({
          summary: 'Download the whole workspace as one archive (admins)',
          description:
            'A gzip-compressed JSON file (`.factdesk-backup.json.gz`, format `factdesk-workspace-backup` version 1): settings, rating scale, members (name, email, role; never passwords or tokens), articles with every version, claims (also deleted ones), evidence with internal notes, history, comments and share links, with per-table counts and a SHA-256 over the content. See docs/decisions/012-workspace-backup.md.',
          responses: {
            '200': {
              description: 'The archive as a download (Content-Disposition: attachment)',
              content: { 'application/gzip': { schema: z.string().meta({ format: 'binary' }) } },
            },
            '401': errorResponse('Missing or invalid token'),
            '403': errorResponse('Only admins can download a backup'),
          },
        }),
      },
      '/api/v1/workspace/restore': {
        post: op({
          summary: 'Restore an archive into this empty workspace or as a new workspace (admins)',
          description:
            'The body is the archive as downloaded (Content-Type application/gzip) or its JSON (application/json), 50 MB at most. The whole archive is checked first (format, checksum, counts, every field and reference); a refused archive changes nothing. Members with an account on this instance (same email) get their role; others are kept as names in history. Ids are kept when free on this instance, else all are replaced.',
          requestParams: { query: restoreQuerySchema },
          requestBody: {
            content: {
              'application/gzip': { schema: z.string().meta({ format: 'binary' }) },
              'application/json': { schema: z.unknown().meta({ description: 'The archive unpacked' }) },
            },
          },
          responses: {
            ...ok('Restored: the workspace and what was written', restoreResultSchema, '201'),
            '400': errorResponse('Not a readable archive: not gzip, not JSON, or cut short'),
            '409': errorResponse('This workspace already has articles (use target=new)'),
            '413': errorResponse('The archive is larger than 50 MB'),
            '415': errorResponse('Send the archive as application/gzip or application/json'),
            '422': errorResponse('Not a Factdesk backup, or partial, changed, invalid or with broken references; `message` and `fields` say what'),
          },
        }),
      },
      // ── End of backup and restore ────────────────────────────────────────────────────────────
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
        post: versionsPostOperation({ op, ok, body, errorResponse }),
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
          description: 'Needs `claim.edit`; a published claim also needs `claim.publish` (editors, admins), as its quoted words show on its public page.',
          requestBody: body(reattachClaimInputSchema),
          responses: {
            ...ok('The claim, anchored again (`anchorMethod: "manual"`)', claimSchema),
            '403': errorResponse('Not allowed; or the claim is published and the role lacks `claim.publish` (`reason: "published"`)'),
            '409': errorResponse('Not an orphan, or a stale version'),
          },
        }),
      },
      // ── End of article versions ─────────────────────────────────────────────────────────────
      ...webhookPaths({ op, ok, body, errorResponse }),
      ...articleRevisionPaths({ op, ok, body, errorResponse }),
      ...orphanPaths({ op, ok }),
      ...ratingPaths({ op, ok, body, errorResponse }),
      ...correctionRequestPaths({ op, ok, body, errorResponse }),
      ...changedSourcePaths({ op, ok, errorResponse }),
    },
  }));
}
