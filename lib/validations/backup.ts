import { z } from 'zod';
import 'zod-openapi';
import { idSchema } from './common';
import { PUBLIC_SLUG } from './public-pages';

// The shape of a workspace backup (docs/decisions/012-workspace-backup.md). Every value is
// checked here before a restore writes anything, including what PostgreSQL would refuse later
// (NUL characters, integers beyond int4, dates it cannot store), so that a bad archive is a 422
// and never a failed transaction or a 500.

export const BACKUP_FORMAT = 'factdesk-workspace-backup';
export const BACKUP_FORMAT_VERSION = 1;

const noNul = (value: string) => !value.includes('\u0000');
const text = z.string().max(5_000_000).refine(noNul, 'Contains a NUL character (U+0000)');
const shortText = z.string().max(10_000).refine(noNul, 'Contains a NUL character (U+0000)');
const int4 = z.number().int().min(-2147483648).max(2147483647);
const timestamp = z.iso.datetime({ offset: true });
const email = z.string().min(3).max(320).refine(noNul, 'Contains a NUL character (U+0000)');
/** A person is referred to by email: ids of users mean nothing on another instance. */
const userRef = email.nullable();
const role = z.enum(['admin', 'editor', 'checker', 'viewer']);
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64');
// The block structure of a version (lib/core/document); jsonb refuses \u0000 inside strings too.
const blocks = z.array(z.unknown()).refine((value) => !JSON.stringify(value).includes('\\u0000'), 'Contains a NUL character');

export const backupUserSchema = z.object({
  email,
  name: shortText,
  // null: not a member any more, but named by history, comments or claims.
  role: role.nullable(),
});

export const backupRatingSchema = z.object({
  key: z.string().min(1).max(64).refine(noNul),
  label: shortText,
  description: shortText,
  value: int4.nullable(),
  position: int4,
  // Later fields (decision 040); an older archive has none.
  color: z.string().regex(/^#[0-9a-f]{6}$/i).nullable().default(null),
  retiredAt: timestamp.nullable().default(null),
});

export const backupArticleSchema = z.object({
  id: idSchema,
  title: text,
  sourceUrl: text.nullable(),
  canonicalUrl: text.nullable(),
  author: text.nullable(),
  outlet: text.nullable(),
  publishedAt: timestamp.nullable(),
  language: shortText.nullable(),
  direction: z.enum(['ltr', 'rtl']),
  createdBy: userRef,
  createdAt: timestamp,
  updatedAt: timestamp,
  // Deleted and not yet purged (decision 042); an older archive has none.
  deletedAt: timestamp.nullable().default(null),
  deletedBy: userRef.default(null),
});

export const backupArticleVersionSchema = z.object({
  id: idSchema,
  articleId: idSchema,
  number: int4.min(1),
  text,
  blocks,
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'Not a SHA-256 in hex'),
  source: z.enum(['paste', 'file', 'url', 'api', 'demo']),
  importedAt: timestamp,
  importedBy: userRef,
  fetchedAt: timestamp.nullable(),
  httpStatus: int4.nullable(),
  /** The stored gzip bytes of the fetched page, in base64. */
  rawHtml: base64.nullable(),
  // What re-anchoring did when this version was added (decision 042); null for version 1, for a
  // version added before they were counted, and in an older archive.
  claimsMoved: int4.min(0).nullable().default(null),
  claimsOrphaned: int4.min(0).nullable().default(null),
});

export const backupClaimSchema = z.object({
  id: idSchema,
  articleId: idSchema,
  articleVersionId: idSchema,
  start: int4.min(0),
  end: int4.min(0),
  exact: text,
  prefix: text,
  suffix: text,
  anchorState: z.enum(['anchored', 'orphaned']),
  anchorMethod: shortText,
  statement: text,
  claimant: text,
  status: z.enum(['to_check', 'researching', 'needs_review', 'published', 'dismissed']),
  ratingKey: z.string().nullable(),
  explanation: text,
  version: int4.min(1),
  createdBy: userRef,
  assignee: userRef,
  proposedBy: userRef,
  approvedBy: userRef,
  approvedAt: timestamp.nullable(),
  publishedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
  correctedAt: timestamp.nullable(),
  // The verdict as published (decision 040): kept, so a restore never re-rates it.
  publishedRating: z
    .object({ label: text, value: int4.nullable(), worst: int4, best: int4 })
    .nullable()
    .default(null),
});

export const backupEvidenceSchema = z.object({
  id: idSchema,
  claimId: idSchema,
  url: text,
  title: text,
  publisher: text,
  passage: text,
  stance: z.enum(['supports', 'refutes', 'context']),
  accessedAt: timestamp.nullable(),
  internalNote: text,
  createdBy: userRef,
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const backupClaimEventSchema = z.object({
  id: idSchema,
  claimId: idSchema,
  actor: userRef,
  actorName: shortText,
  at: timestamp,
  kind: shortText,
  field: shortText.nullable(),
  fromValue: text.nullable(),
  toValue: text.nullable(),
  reason: text.nullable(),
});

export const backupCommentSchema = z.object({
  id: idSchema,
  claimId: idSchema,
  author: userRef,
  // Archives written before comments kept it have none: '' (shown as the archive's user name).
  authorName: text.max(200).default(''),
  body: text,
  mentions: z.array(email),
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
});

export const backupShareLinkSchema = z.object({
  id: idSchema,
  kind: z.enum(['claim', 'article']),
  articleId: idSchema,
  claimId: idSchema.nullable(),
  tokenHash: z.string().min(16).max(256).regex(/^[A-Za-z0-9_=+/-]+$/, 'Not a token hash'),
  createdBy: userRef,
  createdAt: timestamp,
  expiresAt: timestamp.nullable(),
  revokedAt: timestamp.nullable(),
  revokedBy: userRef,
});

// Added after format 1 was first written: older archives have none, read as empty (and their
// manifest counts as 0), so they restore as before.
export const backupClaimLinkSchema = z.object({
  id: idSchema,
  fromClaimId: idSchema,
  toClaimId: idSchema,
  createdBy: userRef,
  createdAt: timestamp,
});

export const backupSuggestionDismissalSchema = z.object({
  id: idSchema,
  articleVersionId: idSchema,
  start: int4.min(0),
  end: int4.min(0),
  dismissedBy: userRef,
  createdAt: timestamp,
});

export const backupReferenceReviewSchema = z.object({
  id: idSchema,
  url: text,
  publisher: text,
  claimReviewed: text,
  ratingName: text,
  ratingValue: text.nullable(),
  reviewedAt: timestamp.nullable(),
  author: text,
  claimant: text,
  appearanceUrl: text.nullable(),
  importedBy: userRef,
  createdAt: timestamp,
});

// ─── Article history and re-anchoring (decision 042) ────────────────────────────────────────────
// Added after format 1 was first written: older archives have none (read as empty), and their old
// versions then show no saved claim positions, as on the instance before those were kept.

/** Where a claim stood on a version it has since moved off (claim_position). */
export const backupClaimPositionSchema = z.object({
  claimId: idSchema,
  articleVersionId: idSchema,
  start: int4.min(0),
  end: int4.min(0),
  exact: text,
  createdAt: timestamp,
});

/** The article's own history: metadata corrections, versions added, deletion and restore. */
export const backupArticleEventSchema = z.object({
  id: idSchema,
  articleId: idSchema,
  actor: userRef,
  kind: z.enum(['metadata_changed', 'version_added', 'deleted', 'restored']),
  field: shortText.nullable(),
  fromValue: text.nullable(),
  toValue: text.nullable(),
  at: timestamp,
});

/** Why a claim became an orphan, and the best rejected place on the version that was searched. */
export const backupClaimOrphanNoteSchema = z.object({
  claimId: idSchema,
  articleVersionId: idSchema,
  reason: shortText,
  detail: text,
  candidateStart: int4.min(0).nullable(),
  candidateEnd: int4.min(0).nullable(),
  candidateScore: z.number().finite().nullable(),
  createdAt: timestamp,
});

export const articleHistoryTables = ['claimPositions', 'articleEvents', 'claimOrphanNotes'] as const;
// ─── end of article history ──────────────────────────────────────────────────────────────────────

// Archived evidence (decision 038), added after format 1 was first written: older archives have
// none. A snapshot is stored once per workspace and hash; each evidence item's archive row
// points at one.
export const backupEvidenceSnapshotSchema = z.object({
  id: idSchema,
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'Not a SHA-256 in hex'),
  /** The stored gzip bytes of the raw body, in base64. */
  rawBody: base64,
  text,
  blocks,
  httpStatus: int4,
  finalUrl: text,
  contentType: shortText,
  charset: shortText,
  byteSize: int4.min(0),
  fetchedAt: timestamp,
  createdAt: timestamp,
  // The full-page screenshot (decision 038, amended): a PNG in base64; older archives have none.
  screenshotState: z.enum(['taken', 'skipped', 'failed']).nullable().default(null),
  screenshotError: text.nullable().default(null),
  screenshot: base64.nullable().default(null),
});

export const backupEvidenceArchiveSchema = z.object({
  evidenceId: idSchema,
  url: text,
  state: z.enum(['pending', 'archived', 'failed']),
  errorCode: shortText.nullable(),
  error: text.nullable(),
  snapshotId: idSchema.nullable(),
  archivedAt: timestamp.nullable(),
  passageState: z.enum(['found', 'not_found', 'no_passage']).nullable(),
  passageStart: int4.min(0).nullable(),
  passageEnd: int4.min(0).nullable(),
  passagePrefix: text.nullable(),
  passageSuffix: text.nullable(),
  checkState: z.enum(['ok', 'changed', 'gone']).nullable(),
  checkDetail: text.nullable(),
  checkedAt: timestamp.nullable(),
  // Save Page Now (decision 038, amended); older archives have none.
  waybackState: z.enum(['pending', 'saved', 'queued', 'failed']).nullable().default(null),
  waybackUrl: text.nullable().default(null),
  waybackError: text.nullable().default(null),
  waybackAt: timestamp.nullable().default(null),
});

// Correction requests (decision 039), added after format 1 was first written: older archives have
// none (read as empty), as for claim links.
export const backupCorrectionRequestSchema = z.object({
  id: idSchema,
  claimId: idSchema,
  recipientKind: z.enum(['claimant', 'publisher', 'regulator', 'other']),
  recipientName: shortText,
  channel: z.enum(['email', 'form', 'social', 'letter', 'other']),
  sentAt: timestamp,
  request: text,
  internalNote: text,
  response: text,
  respondedAt: timestamp.nullable(),
  outcome: z.enum(['pending', 'corrected', 'clarified', 'removed', 'declined', 'no_answer']),
  correctionUrl: text.nullable(),
  flaggedAt: timestamp.nullable(),
  flagReason: shortText.nullable(),
  flagVersion: int4.nullable(),
  version: int4.min(1),
  createdBy: userRef,
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const backupCorrectionRequestEventSchema = z.object({
  id: idSchema,
  requestId: idSchema,
  actor: userRef,
  actorName: shortText,
  at: timestamp,
  kind: shortText,
  field: shortText.nullable(),
  fromValue: text.nullable(),
  toValue: text.nullable(),
});

// The scale's history (decision 040), added after format 1 was first written: older archives have
// none. Rows name their verdict by key ('' for a change of the whole scale) and nothing refers to
// them, so they carry no id.
export const backupRatingChangeSchema = z.object({
  ratingKey: z.string().max(64).refine(noNul),
  action: z.enum(['created', 'updated', 'retired', 'restored', 'deleted', 'rescaled']),
  changes: z
    .record(z.string().max(64), z.object({ from: z.unknown(), to: z.unknown() }))
    .refine((value) => !JSON.stringify(value).includes('\\u0000'), 'Contains a NUL character'),
  actor: userRef,
  actorName: shortText,
  at: timestamp,
});

// The public methodology and corrections log (decision 040); an older archive has none: off.
export const backupPublicPagesSchema = z.object({
  enabled: z.boolean(),
  slug: z.string().regex(PUBLIC_SLUG, 'Not a public address').nullable(),
  methodologyMarkdown: z.string().max(20_000).refine(noNul, 'Contains a NUL character (U+0000)'),
});

export const backupContentSchema = z.object({
  workspace: z.object({
    name: z.string().trim().min(1).max(200).refine(noNul),
    organizationUrl: text.nullable(),
    allowSelfApproval: z.boolean(),
    archiveScreenshots: z.boolean().default(false),
    archiveWayback: z.boolean().default(false),
    // The scale's ends (decision 040); an older archive has none: taken from its verdicts' values.
    ratingWorst: int4.min(-1000).max(1000).nullable().default(null),
    ratingBest: int4.min(-1000).max(1000).nullable().default(null),
  }),
  publicPages: backupPublicPagesSchema.default({ enabled: false, slug: null, methodologyMarkdown: '' }),
  users: z.array(backupUserSchema),
  ratings: z.array(backupRatingSchema).min(1, 'The rating scale is empty'),
  ratingChanges: z.array(backupRatingChangeSchema).default([]),
  articles: z.array(backupArticleSchema),
  articleVersions: z.array(backupArticleVersionSchema),
  claims: z.array(backupClaimSchema),
  evidence: z.array(backupEvidenceSchema),
  claimEvents: z.array(backupClaimEventSchema),
  comments: z.array(backupCommentSchema),
  shareLinks: z.array(backupShareLinkSchema),
  claimLinks: z.array(backupClaimLinkSchema).default([]),
  suggestionDismissals: z.array(backupSuggestionDismissalSchema).default([]),
  referenceReviews: z.array(backupReferenceReviewSchema).default([]),
  // Article history and re-anchoring (decision 042).
  claimPositions: z.array(backupClaimPositionSchema).default([]),
  articleEvents: z.array(backupArticleEventSchema).default([]),
  claimOrphanNotes: z.array(backupClaimOrphanNoteSchema).default([]),
  evidenceSnapshots: z.array(backupEvidenceSnapshotSchema).default([]),
  evidenceArchives: z.array(backupEvidenceArchiveSchema).default([]),
  correctionRequests: z.array(backupCorrectionRequestSchema).default([]),
  correctionRequestEvents: z.array(backupCorrectionRequestEventSchema).default([]),
});

export const backupTables = [
  'users',
  'ratings',
  'ratingChanges',
  'articles',
  'articleVersions',
  'claims',
  'evidence',
  'claimEvents',
  'comments',
  'shareLinks',
  'claimLinks',
  'suggestionDismissals',
  'referenceReviews',
  ...articleHistoryTables,
  'evidenceSnapshots',
  'evidenceArchives',
  'correctionRequests',
  'correctionRequestEvents',
] as const;
export type BackupTable = (typeof backupTables)[number];
const laterTables: readonly BackupTable[] = ['ratingChanges', 'claimLinks', 'suggestionDismissals', 'referenceReviews', 'evidenceSnapshots', 'evidenceArchives', 'correctionRequests', 'correctionRequestEvents'];
const isLater = (table: BackupTable) => laterTables.includes(table) || (articleHistoryTables as readonly string[]).includes(table);
const rowCount = (table: BackupTable) => (isLater(table) ? z.number().int().min(0).default(0) : z.number().int().min(0));

export const backupManifestSchema = z.object({
  counts: z.object(Object.fromEntries(backupTables.map((table) => [table, rowCount(table)])) as Record<BackupTable, z.ZodNumber>),
  /** SHA-256 (hex) of JSON.stringify(content), exactly as it stands in the file. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** HMAC of sha256 by the instance that made the archive; only there are its people linked to accounts. */
  seal: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});

/** The envelope, checked before the content (whose checksum it carries). */
export const backupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  appVersion: z.string().max(64),
  createdAt: timestamp,
  manifest: backupManifestSchema,
  content: z.unknown(),
});

export type BackupContent = z.infer<typeof backupContentSchema>;
export type BackupManifest = z.infer<typeof backupManifestSchema>;
export type BackupArchive = Omit<z.infer<typeof backupEnvelopeSchema>, 'content'> & { content: BackupContent };

/** The largest archive a restore accepts, as uploaded (compressed). next.config.mjs lets it through the proxy. */
export const MAX_ARCHIVE_BYTES = 50 * 1024 * 1024;
export const restoreContentTypes = ['application/gzip', 'application/x-gzip', 'application/json', 'application/octet-stream'] as const;

export const restoreQuerySchema = z.object({
  target: z.enum(['current', 'new']).default('current').meta({
    description: 'current: this workspace, which must have no articles; new: a new workspace, with you as its admin',
  }),
});

export const restoreResultSchema = z
  .object({
    workspace: z.object({ id: z.string(), name: z.string() }),
    counts: backupManifestSchema.shape.counts,
    idsKept: z.boolean().meta({ description: 'false when ids were taken on this instance and new ones were given' }),
    madeHere: z.boolean().meta({
      description:
        'Whether this server made the archive (its seal verifies). Only then are its people linked to their accounts here and given their roles back; otherwise only you are linked, and everyone else is kept as a name.',
    }),
    membersRestored: z.number().int(),
    usersNotFound: z.array(z.string()).meta({
      description: 'Emails in the archive not linked to an account here (no account, or the archive was not made here): kept as names only',
    }),
  })
  .meta({ id: 'RestoreResult' });
export type RestoreResult = z.infer<typeof restoreResultSchema>;
