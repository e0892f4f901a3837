import { describe, expect, it, vi } from 'vitest';

// The module is server-only; this test is its server.
vi.mock('server-only', () => ({}));

import { AppError } from '@/lib/errors';
import { decodeSortCursor, encodeSortCursor } from './sort-cursor';

const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('sort cursors', () => {
  it('round-trip the sort, the value (text, number, missing) and the id', () => {
    for (const v of ['A statement, with “quotes”', 3, null]) {
      const cursor = encodeSortCursor({ sort: 'verdict:asc', v, id: 'cm1' });
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeSortCursor(cursor, 'verdict:asc')).toEqual({ sort: 'verdict:asc', v, id: 'cm1' });
    }
  });

  it.each([
    ['another sort', encodeSortCursor({ sort: 'marked:desc', v: null, id: 'x' })],
    ['not JSON', 'bm90IGpzb24'],
    ['an id with odd characters', forged({ sort: 'verdict:asc', v: 1, id: "x' OR 1=1" })],
    ['an object value', forged({ sort: 'verdict:asc', v: { a: 1 }, id: 'x' })],
    ['extra fields', forged({ sort: 'verdict:asc', v: 1, id: 'x', offset: 9 })],
  ])('refuse %s with a 400', (_name, cursor) => {
    try {
      decodeSortCursor(cursor, 'verdict:asc');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(400);
    }
  });
});
