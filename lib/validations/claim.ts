import { z } from 'zod';
import { idSchema, isoDateTime, optionalText, textInput } from './common';
import { evidenceSchema } from './evidence';
import { claimStatuses } from './claim-values';

export { claimStatuses, claimStatusLabels, type ClaimStatusValue } from './claim-values';
export const claimStatusSchema = z.enum(claimStatuses).meta({
  description: 'Where the claim is in the workflow. Independent of the verdict.',
});

export const textQuoteSelectorSchema = z
  .object({
    type: z.literal('TextQuoteSelector'),
    exact: textInput().min(1, 'The quote is empty').max(5000, 'The quote is too long (5,000 characters at most)'),
    prefix: textInput().max(200).optional(),
    suffix: textInput().max(200).optional(),
  })
  .meta({ id: 'TextQuoteSelector', description: 'W3C Web Annotation TextQuoteSelector.' });

export const textPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .refine((s) => s.end > s.start, { message: 'end must be greater than start', path: ['end'] })
  .meta({
    id: 'TextPositionSelector',
    description: 'W3C TextPositionSelector: start inclusive, end exclusive, in Unicode code points of the article text.',
  });

export const statementSchema = optionalText(2000, 'The statement');
export const claimantSchema = optionalText(300, 'The claimant');
export const explanationSchema = optionalText(20_000, 'The explanation');
export const verdictKeySchema = z.string().min(1).max(64).refine((key) => !key.includes('\u0000'), 'Not a verdict key').nullable().meta({
  description: "A key of the workspace's rating scale (e.g. `true`, `mostly_false`, `misleading`), or null to clear.",
});

export const correctionReasonSchema = textInput()
  .trim()
  .min(1, 'Say why the published verdict is corrected')
  .max(2000, 'The reason is too long (2,000 characters at most)')
  .refine((value) => !value.includes('\u0000'), 'Remove the NUL character (U+0000)');

const versionField = z.number().int().min(1).meta({ description: 'The claim version this change is based on; 409 if stale.' });

export const createClaimInputSchema = z
  .object({
    selector: z.discriminatedUnion('type', [textQuoteSelectorSchema, textPositionSelectorSchema]),
    // With a position selector, the quote the client saw: refused when the text there differs.
    exact: textInput().max(5000).optional(),
    statement: statementSchema.optional(),
    claimant: claimantSchema.optional(),
  })
  // Like every other input: a misspelt field is refused, not dropped while the rest is saved.
  .strict()
  .meta({ id: 'CreateClaimInput' });
export type CreateClaimInput = z.infer<typeof createClaimInputSchema>;

export const updateClaimInputSchema = z
  .object({
    version: versionField,
    status: claimStatusSchema.optional(),
    verdict: verdictKeySchema.optional(),
    explanation: explanationSchema.optional(),
    statement: statementSchema.optional(),
    claimant: claimantSchema.optional(),
    assigneeId: idSchema.nullable().optional().meta({ description: 'A member of the workspace to assign the claim to, or null to unassign.' }),
    correctionReason: correctionReasonSchema.optional().meta({
      description: 'Required when changing the verdict or explanation of a published claim (a correction); shown on its public page.',
    }),
  })
  .strict()
  .refine((input) => Object.keys(input).some((k) => k !== 'version' && k !== 'correctionReason'), { message: 'Nothing to change' })
  .meta({ id: 'UpdateClaimInput' });
export type UpdateClaimInput = z.infer<typeof updateClaimInputSchema>;

export const approveClaimInputSchema = z.object({ version: versionField }).strict().meta({ id: 'ApproveClaimInput' });
export type ApproveClaimInput = z.infer<typeof approveClaimInputSchema>;

export const sendBackClaimInputSchema = z
  .object({
    version: versionField,
    comment: z
      .string()
      .trim()
      .min(1, 'Say what needs more work; the comment goes to the claim’s timeline')
      .max(5000, 'The comment is too long (5,000 characters at most)')
      .refine((value) => !value.includes('\u0000'), 'Remove the NUL character (U+0000)'),
  })
  .strict()
  .meta({ id: 'SendBackClaimInput' });
export type SendBackClaimInput = z.infer<typeof sendBackClaimInputSchema>;

export const memberRefSchema = z.object({ id: z.string(), name: z.string() }).meta({ id: 'MemberRef' });

export const verdictSchema = z
  .object({ key: z.string(), label: z.string(), value: z.number().int().nullable() })
  .meta({ id: 'Verdict' });

export const publishedVerdictSchema = z
  .object({ label: z.string(), value: z.number().int().nullable(), worst: z.number().int(), best: z.number().int() })
  .meta({
    id: 'PublishedVerdict',
    description: 'The verdict as it was published (at approval or its last correction), with the scale’s ends then: what ClaimReview and public pages show, whatever the scale says now',
  });

export type MemberRef = z.infer<typeof memberRefSchema>;

export const claimSchema = z
  .object({
    id: idSchema,
    articleId: idSchema,
    articleVersionId: idSchema,
    version: z.number().int(),
    start: z.number().int().meta({ description: 'Code points' }),
    end: z.number().int().meta({ description: 'Code points' }),
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
    selectors: z.tuple([
      z.object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string(), suffix: z.string() }),
      z.object({ type: z.literal('TextPositionSelector'), start: z.number().int(), end: z.number().int() }),
    ]),
    anchorState: z.enum(['anchored', 'orphaned']),
    anchorMethod: z.string().meta({ description: 'How the claim was placed on its version: created, position, quote, fuzzy, manual; orphaned when lost' }),
    statement: z.string(),
    claimant: z.string(),
    status: claimStatusSchema,
    verdict: verdictSchema.nullable(),
    publishedVerdict: publishedVerdictSchema.nullable().optional(),
    explanation: z.string(),
    evidence: z.array(evidenceSchema),
    createdBy: memberRefSchema.nullable(),
    assignee: memberRefSchema.nullable(),
    proposedBy: memberRefSchema.nullable().meta({ description: 'Who proposed the verdict for review (or set it last while in review).' }),
    approvedBy: memberRefSchema.nullable(),
    approvedAt: isoDateTime.nullable(),
    publishedAt: isoDateTime.nullable(),
    correctedAt: isoDateTime.nullable().meta({ description: 'The last correction of the published verdict or explanation.' }),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: 'Claim' });
export type ClaimDto = z.infer<typeof claimSchema>;

export const claimEventSchema = z
  .object({
    id: idSchema,
    at: isoDateTime,
    actor: z.string(),
    kind: z.string(),
    field: z.string().nullable(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    reason: z.string().nullable().meta({ description: 'Why: the reason of a correction, the comment of a send-back.' }),
  })
  .meta({ id: 'ClaimEvent', description: 'kind: created, updated, proposed, approved, withdrawn, sent_back, corrected, assigned, deleted, restored, evidence_*' });
export type ClaimEventDto = z.infer<typeof claimEventSchema>;
