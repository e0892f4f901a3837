// The JSON export's shape as a zod schema, so the OpenAPI document describes exactly what
// renderJson writes (renderJson is typed against it, and its tests parse the output with it).
// Objects are strict: a field added to the export without the schema fails the tests.

import { z } from 'zod';
import 'zod-openapi';
import { articleSchema } from '@/lib/validations/article';
import { claimSchema, claimStatusSchema } from '@/lib/validations/claim';
import { isoDateTime } from '@/lib/validations/common';
import { evidenceSchema } from '@/lib/validations/evidence';
import { ratingSchema } from '@/lib/validations/rating';
import { publicCorrectionRequestSchema } from '@/lib/validations/correction-request';

// Fields the report shares with the API's shapes are taken from them, so the two cannot drift.
const codePoints = z.number().int().meta({ description: 'Unicode code points of article.text' });

const reportEvidenceSchema = z
  .strictObject({
    ...evidenceSchema.pick({ id: true, url: true, title: true, publisher: true, passage: true, stance: true, accessedAt: true }).shape,
    internalNote: z.string().optional().meta({ description: 'Only when the report includes internal notes' }),
    archive: z
      .object({ archivedAt: z.string(), passage: z.enum(['found', 'not_found', 'no_passage']).nullable() })
      .nullable()
      .optional()
      .meta({ description: 'The archived copy of the source’s current link (decision 038): when it was made and whether the passage relied on is in it' }),
  })
  .meta({ id: 'ReviewReportEvidence' });

const reportCorrectionSchema = z
  .strictObject({
    at: isoDateTime,
    by: z.string(),
    field: z.string().nullable().meta({ description: 'What changed: verdict or explanation' }),
    from: z.string().nullable().meta({ description: 'Before; a verdict by its label' }),
    to: z.string().nullable(),
    reason: z.string(),
  })
  .meta({ id: 'ReviewReportCorrection', description: 'A change after publication, with its reason (IFCN principle 5)' });

const reportCorrectionRequestSchema = z
  .strictObject(publicCorrectionRequestSchema.shape)
  .meta({ id: 'ReviewReportCorrectionRequest', description: 'A request to correct the claim and its outcome, without internal notes' });

const reportClaimSchema = z
  .strictObject({
    ...claimSchema.pick({
      id: true,
      exact: true,
      prefix: true,
      suffix: true,
      anchorState: true,
      statement: true,
      claimant: true,
      status: true,
      verdict: true,
      explanation: true,
      createdAt: true,
      updatedAt: true,
    }).shape,
    start: codePoints,
    end: codePoints,
    evidence: z.array(reportEvidenceSchema),
    createdBy: z.string().nullable(),
    checkedBy: z.string().nullable(),
    approvedBy: z.string().nullable(),
    approvedAt: isoDateTime.nullable(),
    publishedAt: isoDateTime.nullable(),
    correctedAt: isoDateTime.nullable().meta({ description: 'When the published verdict was last corrected' }),
    publicUrl: z
      .string()
      .nullable()
      .meta({ description: 'The public verdict page: its permalink while the workspace publishes its public pages (decision 044), else null (a share link is stored only as a hash)' }),
    publicLink: z
      .strictObject({
        sharedAt: isoDateTime.meta({ description: 'When the earliest live public link was made' }),
        expiresAt: isoDateTime.nullable().meta({ description: 'When the last live link expires; null if one never does' }),
      })
      .nullable()
      .meta({ id: 'ReviewReportPublicLink', description: 'That a published claim has a live public link, without the link itself' }),
    corrections: z.array(reportCorrectionSchema).meta({ description: 'In time order' }),
    correctionRequests: z
      .array(reportCorrectionRequestSchema)
      .meta({ description: 'Requests the desk made to correct the claim, in the order sent: whom, how, when, outcome, correction link (never internal notes)' }),
  })
  .meta({ id: 'ReviewReportClaim' });

const countSchema = z.number().int().min(0);

export const reviewReportJsonSchema = z
  .strictObject({
    format: z.literal('factdesk.review-report'),
    version: z.literal(1),
    generatedAt: isoDateTime,
    options: z.strictObject({ onlyPublished: z.boolean(), includeInternal: z.boolean() }),
    workspace: z.strictObject({ name: z.string(), organizationUrl: z.string().nullable() }),
    article: z.strictObject({
      ...articleSchema.pick({
        id: true,
        title: true,
        sourceUrl: true,
        canonicalUrl: true,
        author: true,
        outlet: true,
        publishedAt: true,
        language: true,
        direction: true,
        text: true,
      }).shape,
      versionNumber: z.number().int(),
      importedAt: isoDateTime,
      contentHash: z.string().meta({ description: 'SHA-256 (hex) of text' }),
    }),
    ratingScale: z.array(ratingSchema),
    summary: z.strictObject({
      claimCount: countSchema,
      evidenceCount: countSchema,
      byVerdict: z.array(z.strictObject({ key: z.string().nullable(), label: z.string(), value: z.number().int().nullable(), count: countSchema })),
      byStatus: z.array(z.strictObject({ status: claimStatusSchema, label: z.string(), count: countSchema })),
      reviewers: z.array(z.strictObject({ name: z.string(), checked: countSchema, approved: countSchema })),
    }),
    claims: z.array(reportClaimSchema).meta({ description: 'In document order' }),
  })
  .meta({ id: 'ReviewReport', description: 'A review report: an article, its claims and verdicts, and the rating scale used.' });

export type ReviewReportJson = z.infer<typeof reviewReportJsonSchema>;
