import { z } from 'zod';
import { idSchema } from './common';

// Why each orphan of an article lost its place, and the "Attach here?" suggestion (decision 013).

export const orphanReasonSchema = z
  .enum(['empty_quote', 'not_found', 'low_score', 'ambiguous'])
  .meta({ description: 'not_found: nothing resembles the quote (text deleted); low_score: a candidate was found and rejected; ambiguous: several places fit about equally well.' });

export const attachSuggestionSchema = z
  .object({
    start: z.number().int().meta({ description: 'Code points in the latest version' }),
    end: z.number().int(),
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
    score: z.number().meta({ description: 'How well the candidate matched, in [0, 1]' }),
  })
  .meta({ id: 'AttachSuggestion', description: 'The best place found and rejected, as a selection of the latest version: POST it to /claims/{id}/reattach to accept it.' });

export const orphanNoteSchema = z
  .object({
    claimId: idSchema,
    reason: orphanReasonSchema,
    detail: z.string().meta({ description: 'What was found and why it was rejected, for the editor' }),
    versionNumber: z.number().int().meta({ description: 'The version the claim was searched in' }),
    suggestion: attachSuggestionSchema.nullable().meta({ description: 'Null when nothing resembled the quote, or when a newer version was stored since' }),
  })
  .meta({ id: 'OrphanNote' });

export const orphanNoteListSchema = z.object({ orphans: z.array(orphanNoteSchema) }).meta({ id: 'OrphanNoteList' });

export type AttachSuggestionDto = z.infer<typeof attachSuggestionSchema>;
export type OrphanNoteDto = z.infer<typeof orphanNoteSchema>;
export type OrphanNoteListDto = z.infer<typeof orphanNoteListSchema>;
