import { z } from 'zod';
import { idSchema, isoDateTime } from './common';
import { nextCursorSchema, pageQuerySchema } from './pagination';
import { claimStatusSchema, verdictSchema } from './claim';

export const myClaimSchema = z
  .object({
    id: idSchema,
    articleId: idSchema,
    articleTitle: z.string(),
    statement: z.string(),
    exact: z.string(),
    status: claimStatusSchema,
    verdict: verdictSchema.nullable(),
    updatedAt: isoDateTime,
  })
  .meta({ id: 'MyClaim' });
export type MyClaimDto = z.infer<typeof myClaimSchema>;

export const myClaimsSchema = z
  .object({
    assigned: z.array(myClaimSchema).meta({ description: 'Open claims assigned to me (not published or dismissed)' }),
    awaitingReview: z.array(myClaimSchema).meta({ description: "For editors and admins: claims in review that someone else proposed" }),
    mentioned: z.array(myClaimSchema).meta({ description: 'Claims whose comments mention me, most recent first' }),
    nextCursors: z
      .object({ assigned: nextCursorSchema, awaitingReview: nextCursorSchema, mentioned: nextCursorSchema })
      .meta({ description: 'Per section: pass as `?section=<name>&cursor=` for its next page; null when the section is complete.' }),
  })
  .meta({ id: 'MyClaims' });
export type MyClaimsDto = z.infer<typeof myClaimsSchema>;

export const myClaimSections = ['assigned', 'awaitingReview', 'mentioned'] as const;
export type MyClaimSection = (typeof myClaimSections)[number];

/** `?limit=` pages every section; `?section=&cursor=` continues one (the others then come back empty). */
export const myClaimsQuerySchema = pageQuerySchema
  .extend({
    section: z.enum(myClaimSections).optional().meta({ description: 'Only this section; required with `cursor`.' }),
  })
  .refine((query) => query.cursor === undefined || query.section !== undefined, {
    message: 'A cursor belongs to one section: pass `section` with it.',
    path: ['section'],
  })
  .meta({ id: 'MyClaimsQuery' });
export type MyClaimsQuery = z.output<typeof myClaimsQuerySchema>;
