import { z } from 'zod';
import { nextCursorSchema } from './pagination';
import { futureExpirySchema, idSchema, isoDateTime } from './common';

// Public links to a published verdict (kind `claim`) or to an article's review (kind `article`).
// The secret token is part of the URL; it is returned once, when the link is made.

import { MAX_SHARE_LINK_DAYS } from './share-link-values';

export { MAX_SHARE_LINK_DAYS, expiryFromDateInput } from './share-link-values';

export const shareKinds = ['claim', 'article'] as const;
export type ShareKindValue = (typeof shareKinds)[number];

export const createShareLinkInputSchema = z
  .object({
    expiresAt: futureExpirySchema(
      MAX_SHARE_LINK_DAYS,
      'A link can live for a year at most',
      'When the link stops working (future, a year at most); null or absent: never.',
    ),
  })
  .strict()
  .meta({ id: 'CreateShareLinkInput' });
export type CreateShareLinkInput = z.output<typeof createShareLinkInputSchema>;

export const shareLinkSchema = z
  .object({
    id: idSchema,
    kind: z.enum(shareKinds),
    articleId: idSchema,
    claimId: idSchema.nullable(),
    /** What the link shows: the claim's statement (or quote) or the article's title. */
    title: z.string(),
    createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    createdAt: isoDateTime,
    expiresAt: isoDateTime.nullable(),
    revokedAt: isoDateTime.nullable(),
    /** Whether the acting member may revoke it (its creator, or an admin). */
    canRevoke: z.boolean(),
  })
  .meta({ id: 'ShareLink', description: 'A public link. The token is never shown again after creation.' });
export type ShareLinkDto = z.infer<typeof shareLinkSchema>;

export const createdShareLinkSchema = shareLinkSchema
  .extend({ url: z.string().meta({ format: 'uri', description: 'The public address, with its secret token: shown only now.' }) })
  .meta({ id: 'CreatedShareLink' });
export type CreatedShareLinkDto = z.infer<typeof createdShareLinkSchema>;

export const shareLinkListSchema = z
  .object({
    links: z.array(shareLinkSchema).meta({ description: 'One page of live links, newest first.' }),
    nextCursor: nextCursorSchema,
    canCreate: z.boolean().meta({ description: 'Whether the acting member may make a link here.' }),
  })
  .meta({ id: 'ShareLinkList' });
export type ShareLinkListDto = z.infer<typeof shareLinkListSchema>;
