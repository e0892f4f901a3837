import { z } from 'zod';
import { idSchema, isoDateTime } from './common';
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
  })
  .meta({ id: 'MyClaims' });
export type MyClaimsDto = z.infer<typeof myClaimsSchema>;
