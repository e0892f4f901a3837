import 'server-only';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { idSchema } from '@/lib/validations/common';

// A keyset cursor for lists that sort by a column the reader chooses (decision 029): the sort it
// belongs to, the last row's value in that column (text, number, ISO timestamp, or null for a
// missing value) and its id. A cursor of another sort, or one that is not ours, is a 400.
const sortCursorSchema = z
  .object({
    sort: z.string().min(1).max(40),
    v: z.union([z.string().max(6000), z.number().finite(), z.null()]),
    id: idSchema,
  })
  .strict();
export type SortCursor = z.infer<typeof sortCursorSchema>;

export function encodeSortCursor(cursor: SortCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** The cursor, if it belongs to `sort` (e.g. `verdict:desc`). */
export function decodeSortCursor(raw: string, sort: string): SortCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const cursor = sortCursorSchema.safeParse(parsed);
  if (!cursor.success || cursor.data.sort !== sort) {
    throw new AppError('bad_request', 'The cursor is not one this list gave with this sort: start again without it.');
  }
  return cursor.data;
}
