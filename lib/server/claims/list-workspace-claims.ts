import 'server-only';
import { db, Prisma } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { decodeSortCursor, encodeSortCursor } from '@/lib/server/pagination/sort-cursor';
import { sortOf } from '@/lib/core/claims-view/query-string';
import { DEFAULT_PAGE_SIZE } from '@/lib/validations/pagination';
import type { ClaimStatusValue } from '@/lib/validations/claim';
import type { ClaimsViewFilters, ClaimsViewItemDto, ClaimsViewPageDto } from '@/lib/validations/claims-view';
import { afterSortCursor, claimsViewWhere, SORT_COLUMNS } from './claims-view-sql';

type Row = {
  id: string;
  articleId: string;
  articleTitle: string;
  outlet: string | null;
  statement: string;
  exact: string;
  claimant: string;
  status: ClaimStatusValue;
  verdictKey: string | null;
  verdictLabel: string | null;
  verdictValue: number | null;
  assigneeId: string | null;
  assigneeName: string | null;
  createdAt: Date;
  publishedAt: Date | null;
  correctedAt: Date | null;
  updatedAt: Date;
  sortValue: string | number | Date | null;
};

const FROM = Prisma.sql`claim c
  JOIN article a ON a.id = c."articleId"
  LEFT JOIN rating r ON r.id = c."ratingId"
  LEFT JOIN "user" u ON u.id = c."assigneeId"`;

const toDto = (row: Row): ClaimsViewItemDto => ({
  id: row.id,
  articleId: row.articleId,
  articleTitle: row.articleTitle,
  outlet: row.outlet,
  statement: row.statement,
  exact: row.exact,
  claimant: row.claimant,
  status: row.status,
  verdict: row.verdictKey === null ? null : { key: row.verdictKey, label: row.verdictLabel ?? row.verdictKey, value: row.verdictValue },
  assignee: row.assigneeId === null ? null : { id: row.assigneeId, name: row.assigneeName ?? '' },
  markedAt: row.createdAt.toISOString(),
  publishedAt: row.publishedAt?.toISOString() ?? null,
  correctedAt: row.correctedAt?.toISOString() ?? null,
  updatedAt: row.updatedAt.toISOString(),
  // The claim's panel on its article, as My claims and search open it.
  href: `/articles/${row.articleId}?claim=${row.id}`,
});

export type ClaimsViewPageQuery = ClaimsViewFilters & { cursor?: string; limit?: number };

/**
 * One page of the workspace's claims (not deleted) matching the filters, in the chosen order,
 * continuing strictly after `cursor` (keyset on the sort column and the id: rows added meanwhile
 * land before or after it, never shifting a page).
 */
export async function listWorkspaceClaims(actor: Actor, query: ClaimsViewPageQuery): Promise<ClaimsViewPageDto> {
  requirePermission(actor, 'article.read');
  const { sort, dir } = sortOf(query);
  const sortKey = `${sort}:${dir}`;
  const column = SORT_COLUMNS[sort];
  const cursor = query.cursor ? decodeSortCursor(query.cursor, sortKey) : null;
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const order = Prisma.raw(dir === 'asc' ? 'ASC' : 'DESC');
  const rows = await db.$queryRaw<Row[]>`
    SELECT c.id, c."articleId", a.title AS "articleTitle", a.outlet, c.statement, c.exact, c.claimant, c.status::text AS status,
      r.key AS "verdictKey", r.label AS "verdictLabel", r.value AS "verdictValue", u.id AS "assigneeId", u.name AS "assigneeName",
      c."createdAt", c."publishedAt", c."correctedAt", c."updatedAt", ${column.kind === 'status' ? Prisma.sql`c.status::text` : column.expr} AS "sortValue"
    FROM ${FROM}
    WHERE ${claimsViewWhere(actor, query)} AND ${afterSortCursor(column, dir, cursor)}
    ORDER BY ${column.expr} ${order}, c.id ${order}
    LIMIT ${limit + 1}`;
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const value = last?.sortValue instanceof Date ? last.sortValue.toISOString() : (last?.sortValue ?? null);
  return {
    items: items.map(toDto),
    nextCursor: rows.length > limit && last ? encodeSortCursor({ sort: sortKey, v: value, id: last.id }) : null,
  };
}

export const COUNT_CAP = 10_000;

/** How many claims match, counted up to COUNT_CAP (past it the page says "more than"). */
export async function countWorkspaceClaims(actor: Actor, filters: ClaimsViewFilters): Promise<number> {
  requirePermission(actor, 'article.read');
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM ${FROM} WHERE ${claimsViewWhere(actor, filters)} LIMIT ${COUNT_CAP + 1}) matching`;
  return row?.n ?? 0;
}

/** Every page of the filtered set in order, a batch at a time by the keyset (the CSV export). */
export async function* eachWorkspaceClaimsPage(actor: Actor, filters: ClaimsViewFilters, batch = 500): AsyncGenerator<ClaimsViewItemDto[]> {
  let cursor: string | undefined;
  do {
    const page = await listWorkspaceClaims(actor, { ...filters, cursor, limit: batch });
    yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
