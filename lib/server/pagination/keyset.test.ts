import { describe, expect, it, vi } from 'vitest';

// The modules are server-only; this test is their server.
vi.mock('server-only', () => ({}));

import { AppError } from '@/lib/errors';
import { decodeCursor, encodeCursor } from './cursor';
import { afterCursor, toPage } from './keyset';

const at = new Date('2026-12-04T10:00:00.123Z');

describe('cursors', () => {
  it('round-trip the sort key and id as opaque base64url', () => {
    const cursor = encodeCursor({ at, id: 'cm123' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual({ at, id: 'cm123' });
  });

  it.each([
    ['not base64url JSON', 'bm90IGpzb24'],
    ['a forged date', Buffer.from(JSON.stringify({ at: 'yesterday', id: 'x' })).toString('base64url')],
    ['an id with odd characters', Buffer.from(JSON.stringify({ at: at.toISOString(), id: "x' OR 1=1" })).toString('base64url')],
    ['extra fields', Buffer.from(JSON.stringify({ at: at.toISOString(), id: 'x', offset: 3 })).toString('base64url')],
  ])('refuse %s with a 400', (_name, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(AppError);
    try {
      decodeCursor(cursor);
    } catch (error) {
      expect((error as AppError).status).toBe(400);
    }
  });
});

describe('keyset pages', () => {
  it('continue strictly after the cursor, the id breaking ties', () => {
    const cursor = encodeCursor({ at, id: 'b' });
    expect(afterCursor('createdAt', 'desc', cursor)).toEqual({ OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: 'b' } }] });
    expect(afterCursor('at', 'asc', cursor)).toEqual({ OR: [{ at: { gt: at } }, { at, id: { gt: 'b' } }] });
    expect(afterCursor('at', 'asc', undefined)).toEqual({});
  });

  it('keep the limit and point past the last row kept only when more follow', () => {
    const rows = ['a', 'b', 'c'].map((id) => ({ id, at }));
    const full = toPage(rows, { limit: 2 }, (row) => row.at);
    expect(full.items.map((r) => r.id)).toEqual(['a', 'b']);
    expect(decodeCursor(full.nextCursor!)).toEqual({ at, id: 'b' });
    expect(toPage(rows, { limit: 3 }, (row) => row.at).nextCursor).toBeNull();
  });
});
