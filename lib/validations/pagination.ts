import { z } from 'zod';
import 'zod-openapi';
import { idSchema } from './common';

// Keyset (cursor) paging, shared by every list that can grow. A cursor is opaque to clients:
// base64url of the sort key and id of the last row they saw (see lib/server/pagination/).

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** `?cursor=&limit=` of a list endpoint. */
export const pageQuerySchema = z
  .object({
    cursor: z
      .string()
      .min(1)
      .max(512)
      .regex(/^[A-Za-z0-9_-]+$/, 'Not a valid cursor')
      .optional()
      .meta({ description: 'The `nextCursor` of the previous page; absent for the first page.' }),
    limit: z.coerce
      .number()
      .int('Give a whole number')
      .min(1)
      .max(MAX_PAGE_SIZE, `At most ${MAX_PAGE_SIZE} a page`)
      .default(DEFAULT_PAGE_SIZE)
      .meta({ description: `How many items a page holds (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` }),
  })
  .meta({ id: 'PageQuery' });
export type PageQuery = z.output<typeof pageQuerySchema>;

/** What a cursor holds once decoded: the sort key (a timestamp) and the id of the last row seen. */
export const cursorKeySchema = z.object({ at: z.iso.datetime(), id: idSchema }).strict();
export type CursorKey = z.output<typeof cursorKeySchema>;

export const nextCursorSchema = z
  .string()
  .nullable()
  .meta({ description: 'Pass as `?cursor=` to get the next page; null on the last page.' });
