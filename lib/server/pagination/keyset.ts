import 'server-only';
import type { PageQuery } from '@/lib/validations/pagination';
import { decodeCursor, encodeCursor } from './cursor';

// Keyset paging on (timestamp, id): each page continues strictly after the last row of the one
// before, so rows added between two requests neither repeat nor push older rows out of reach
// (an OFFSET would do both). The id breaks ties between rows of the same millisecond.

export type Page<T> = { items: T[]; nextCursor: string | null };
export type Direction = 'asc' | 'desc';
type Beyond<T> = { lt?: T; gt?: T };
type KeysetWhere<F extends string> = { OR?: (Partial<Record<F, Beyond<Date> | Date>> & { id?: Beyond<string> })[] };

/** The `where` that continues after the cursor, for a list ordered by (field, id) in `direction`. */
export function afterCursor<F extends string>(field: F, direction: Direction, cursor: string | undefined): KeysetWhere<F> {
  if (cursor === undefined) return {};
  const { at, id } = decodeCursor(cursor);
  const beyond = direction === 'desc' ? 'lt' : 'gt';
  const sameTime = { [field]: at, id: { [beyond]: id } } as Partial<Record<F, Date>> & { id: Beyond<string> };
  return { OR: [{ [field]: { [beyond]: at } } as Partial<Record<F, Beyond<Date>>>, sameTime] };
}

/** Prisma's orderBy and take for one page: one row more than asked, to know whether more follow. */
export function pageOrder<F extends string>(field: F, direction: Direction, query: PageQuery) {
  return { orderBy: [{ [field]: direction } as Record<F, Direction>, { id: direction }], take: query.limit + 1 };
}

/** Cuts the extra row off and makes the cursor from the last row kept. */
export function toPage<R extends { id: string }>(rows: R[], query: PageQuery, keyOf: (row: R) => Date): Page<R> {
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor({ at: keyOf(last), id: last.id }) : null };
}
