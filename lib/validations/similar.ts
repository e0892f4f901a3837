import { z } from 'zod';
import { idSchema, isoDateTime } from './common';

// "Already checked?", claim links, suggestions and the reference library (issue 11, decision 027).

export const similarMatchSchema = z
  .object({
    source: z.enum(['desk', 'reference']).meta({ description: 'desk: a claim of this workspace; reference: another fact-checker\'s review in the reference library.' }),
    id: z.string(),
    statement: z.string(),
    verdict: z.string().nullable().meta({ description: 'The verdict label (the desk\'s scale, or the reviewer\'s rating name).' }),
    verdictRetired: z.boolean().meta({ description: 'The desk claim\'s verdict is retired from the scale: it cannot be copied to another claim (always false for a reference review).' }),
    status: z.string().nullable().meta({ description: 'The desk claim\'s status; null for a reference review.' }),
    articleId: z.string().nullable(),
    articleTitle: z.string().nullable(),
    publisher: z.string().nullable().meta({ description: 'The reference review\'s publisher; null for a desk claim.' }),
    url: z.string().nullable().meta({ description: 'The original review, for a reference review.' }),
    date: isoDateTime.nullable().meta({ description: 'When it was published (else when the claim was created).' }),
    score: z.number().meta({ description: 'Similarity, 0 to 1; only matches at or above the threshold are listed.' }),
    explanation: z.string().meta({ description: 'Why they match: shared terms, numbers agreeing.' }),
    linked: z.boolean().meta({ description: 'Already linked as "same claim as".' }),
  })
  .meta({ id: 'SimilarMatch' });
export type SimilarMatchDto = z.infer<typeof similarMatchSchema>;

export const similarClaimsSchema = z
  .object({ threshold: z.number(), matches: z.array(similarMatchSchema) })
  .meta({ id: 'SimilarClaims' });
export type SimilarClaimsDto = z.infer<typeof similarClaimsSchema>;

export const linkClaimInputSchema = z.object({ claimId: idSchema.meta({ description: 'The earlier claim this one is the same as.' }) });
export type LinkClaimInput = z.infer<typeof linkClaimInputSchema>;

export const linkedClaimSchema = z
  .object({ id: z.string(), statement: z.string(), verdict: z.string().nullable(), status: z.string(), articleId: z.string(), linkedAt: isoDateTime })
  .meta({ id: 'LinkedClaim' });
export type LinkedClaimDto = z.infer<typeof linkedClaimSchema>;

export const copyVerdictInputSchema = z.object({
  fromClaimId: idSchema.meta({ description: 'A linked claim whose verdict, explanation and evidence are copied.' }),
  version: z.number().int().min(1).meta({ description: 'The version of this claim the copy is based on.' }),
});
export type CopyVerdictInput = z.infer<typeof copyVerdictInputSchema>;

export const suggestionSchema = z
  .object({
    kind: z.enum(['already-checked', 'check-worthy']),
    start: z.number().int().meta({ description: 'Code point offset into the version\'s text.' }),
    end: z.number().int(),
    exact: z.string(),
    reasons: z.array(z.string()).meta({ description: 'Why it is suggested, the earlier check first.' }),
    match: similarMatchSchema.omit({ linked: true }).nullable(),
  })
  .meta({ id: 'Suggestion' });
export type SuggestionDto = z.infer<typeof suggestionSchema>;

export const articleSuggestionsSchema = z
  .object({ versionNumber: z.number().int(), suggestions: z.array(suggestionSchema) })
  .meta({ id: 'ArticleSuggestions' });
export type ArticleSuggestionsDto = z.infer<typeof articleSuggestionsSchema>;

export const dismissSuggestionInputSchema = z
  .object({ versionNumber: z.number().int().min(1), start: z.number().int().min(0), end: z.number().int().min(1) })
  .refine((s) => s.end > s.start, { message: 'end must be greater than start', path: ['end'] });
export type DismissSuggestionInput = z.infer<typeof dismissSuggestionInputSchema>;

export const importReferenceInputSchema = z
  .union([
    z.object({ document: z.string().min(1, 'The document is empty').max(2_000_000, 'The document is larger than 2 MB') }),
    z.object({ url: z.string().trim().min(1).max(2048) }),
  ])
  .meta({ description: 'Either the ClaimReview JSON-LD itself (a file\'s text) or a link to it, fetched through the safe fetcher.' });
export type ImportReferenceInput = z.infer<typeof importReferenceInputSchema>;

export const referenceReviewSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    publisher: z.string(),
    claimReviewed: z.string(),
    ratingName: z.string(),
    ratingValue: z.string().nullable(),
    reviewedAt: isoDateTime.nullable(),
    claimant: z.string(),
    appearanceUrl: z.string().nullable(),
  })
  .meta({ id: 'ReferenceReview' });
export type ReferenceReviewDto = z.infer<typeof referenceReviewSchema>;

export const importReferenceResultSchema = z
  .object({ imported: z.number().int(), updated: z.number().int() })
  .meta({ id: 'ReferenceImportResult' });

export const referenceSearchSchema = z.object({ q: z.string().trim().max(500).default('') });
