import { z } from 'zod';
import { idSchema, isoDateTime, textInput } from './common';

export const commentBodySchema = textInput()
  .trim()
  .min(1, 'Write something first')
  .max(5000, 'The comment is too long (5,000 characters at most)')
  .refine((value) => !value.includes('\u0000'), 'Remove the NUL character (U+0000)')
  .meta({ description: 'Plain text. `@Name` or `@email` of a member mentions them.' });

export const createCommentInputSchema = z.object({ body: commentBodySchema }).strict().meta({ id: 'CreateCommentInput' });
export type CreateCommentInput = z.infer<typeof createCommentInputSchema>;

export const commentSchema = z
  .object({
    id: idSchema,
    claimId: idSchema,
    body: z.string(),
    author: z
      .object({
        id: z.string().nullable().meta({ description: 'null: the author has no account here any more; the name is the one they had' }),
        name: z.string(),
      })
      .nullable(),
    mentions: z.array(z.object({ id: z.string(), name: z.string() })).meta({ description: 'Members mentioned, each once' }),
    mentionRanges: z
      .array(z.object({ userId: z.string(), start: z.number().int(), end: z.number().int() }))
      .meta({ description: 'Where the mentions are in `body` (UTF-16 offsets, end exclusive), to highlight them' }),
    createdAt: isoDateTime,
  })
  .meta({ id: 'Comment' });
export type CommentDto = z.infer<typeof commentSchema>;
