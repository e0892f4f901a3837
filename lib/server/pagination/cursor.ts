import 'server-only';
import { AppError } from '@/lib/errors';
import { cursorKeySchema, type CursorKey } from '@/lib/validations/pagination';

/** The cursor that continues after this row. Opaque to clients: base64url of JSON. */
export function encodeCursor(key: { at: Date; id: string }): string {
  return Buffer.from(JSON.stringify({ at: key.at.toISOString(), id: key.id })).toString('base64url');
}

/** Reads a cursor back; anything that is not one of ours is a 400, never a 500. */
export function decodeCursor(cursor: string): { at: Date; id: string } {
  let key: CursorKey;
  try {
    key = cursorKeySchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new AppError('bad_request', 'The cursor is not valid: pass the nextCursor of a previous page as it is.');
  }
  return { at: new Date(key.at), id: key.id };
}
