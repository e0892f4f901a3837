import 'server-only';
import { z } from 'zod';
import { AppError } from '@/lib/errors';

// Where the next page starts: after the last result's (rank, recency, id), the order of the
// list. A row added meanwhile lands before or after that point by its own keys, so pages never
// repeat or skip a result. `match` remembers whether the search wanted every word or any word
// (the fallback when no entry has them all).
const cursorSchema = z.object({
  match: z.enum(['all', 'any']),
  rank: z.number().finite(),
  at: z.string().datetime(),
  id: z.string().min(1).max(200),
});
export type SearchCursor = z.infer<typeof cursorSchema>;

export function encodeSearchCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeSearchCursor(raw: string): SearchCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const cursor = cursorSchema.safeParse(parsed);
  if (!cursor.success) throw new AppError('bad_request', 'The cursor is not one this search gave: start again without it.');
  return cursor.data;
}
