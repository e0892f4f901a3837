import 'server-only';
import { Prisma } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { AppError } from '@/lib/errors';
import { hasPositiveTerm, parseSearchQuery } from '@/lib/core/search/parse-query';
import { buildTsQuery } from '@/lib/server/search/search-query';
import { rangeBounds, spanStart } from '@/lib/core/claims-view/query-string';
import type { ClaimsViewFilters, ClaimsViewSort, DateRangeField } from '@/lib/validations/claims-view';
import type { SortCursor } from '@/lib/server/pagination/sort-cursor';

// The claims view in SQL (decision 029): the filters as one WHERE over claim c, article a,
// rating r and "user" u, and each sortable column as an expression with its type. Every value
// the member gave is a parameter; only whitelisted words (columns, ASC/DESC) are raw SQL.

type SortKind = 'text' | 'number' | 'time' | 'status';
type SortColumn = { expr: Prisma.Sql; kind: SortKind; nullable: boolean };

export const SORT_COLUMNS: Record<ClaimsViewSort, SortColumn> = {
  statement: { expr: Prisma.sql`c.statement`, kind: 'text', nullable: false },
  status: { expr: Prisma.sql`c.status`, kind: 'status', nullable: false },
  // The scale's order (true … false, then the non-scale outcomes), not the labels' alphabet.
  verdict: { expr: Prisma.sql`r.position`, kind: 'number', nullable: true },
  assignee: { expr: Prisma.sql`u.name`, kind: 'text', nullable: true },
  claimant: { expr: Prisma.sql`c.claimant`, kind: 'text', nullable: false },
  article: { expr: Prisma.sql`a.title`, kind: 'text', nullable: false },
  outlet: { expr: Prisma.sql`a.outlet`, kind: 'text', nullable: true },
  marked: { expr: Prisma.sql`c."createdAt"`, kind: 'time', nullable: false },
  published: { expr: Prisma.sql`c."publishedAt"`, kind: 'time', nullable: true },
  corrected: { expr: Prisma.sql`c."correctedAt"`, kind: 'time', nullable: true },
  updated: { expr: Prisma.sql`c."updatedAt"`, kind: 'time', nullable: false },
};

const DATE_COLUMNS: Record<DateRangeField, Prisma.Sql> = {
  marked: Prisma.sql`c."createdAt"`,
  published: Prisma.sql`c."publishedAt"`,
  corrected: Prisma.sql`c."correctedAt"`,
};

/** `%text%` for ILIKE, the member's own % and _ matched as themselves. */
const contains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function dateConditions(filters: ClaimsViewFilters, field: DateRangeField, now: Date): Prisma.Sql[] {
  const column = DATE_COLUMNS[field];
  const bounds = rangeBounds(filters[`${field}From`], filters[`${field}To`]);
  const within = filters[`${field}Within`];
  const conditions: Prisma.Sql[] = [];
  if (bounds.from) conditions.push(Prisma.sql`${column} >= ${bounds.from}`);
  if (bounds.before) conditions.push(Prisma.sql`${column} < ${bounds.before}`);
  if (bounds.upTo) conditions.push(Prisma.sql`${column} <= ${bounds.upTo}`);
  if (within) conditions.push(Prisma.sql`${column} >= ${spanStart(within, now)}`);
  return conditions;
}

/** The WHERE of the filters, always inside the actor's workspace and without deleted claims. */
export function claimsViewWhere(actor: Actor, filters: ClaimsViewFilters, now = new Date()): Prisma.Sql {
  const ws = actor.workspaceId;
  const conditions: Prisma.Sql[] = [Prisma.sql`c."workspaceId" = ${ws}`, Prisma.sql`c."deletedAt" IS NULL`];
  if (filters.status) conditions.push(Prisma.sql`c.status = ANY(${filters.status}::"ClaimStatus"[])`);
  if (filters.verdict) {
    const keys = filters.verdict.filter((key) => key !== 'none');
    const rated = Prisma.sql`c."ratingId" IN (SELECT id FROM rating WHERE "workspaceId" = ${ws} AND key = ANY(${keys}::text[]))`;
    const unrated = Prisma.sql`c."ratingId" IS NULL`;
    conditions.push(filters.verdict.includes('none') ? (keys.length ? Prisma.sql`(${rated} OR ${unrated})` : unrated) : rated);
  }
  if (filters.assignee === 'unassigned') conditions.push(Prisma.sql`c."assigneeId" IS NULL`);
  else if (filters.assignee) conditions.push(Prisma.sql`c."assigneeId" = ${filters.assignee === 'me' ? actor.userId : filters.assignee}`);
  if (filters.claimant) conditions.push(Prisma.sql`c.claimant ILIKE ${contains(filters.claimant)}`);
  if (filters.outlet) conditions.push(Prisma.sql`a.outlet ILIKE ${contains(filters.outlet)}`);
  if (filters.article) conditions.push(Prisma.sql`c."articleId" = ${filters.article}`);
  for (const field of ['marked', 'published', 'corrected'] as const) conditions.push(...dateConditions(filters, field, now));
  const terms = filters.q ? parseSearchQuery(filters.q) : [];
  // The search's own reading of the words (accents, typos, prefixes, stems) over the claims'
  // search entries (statement, quote, claimant, explanation), which the triggers keep true.
  if (hasPositiveTerm(terms)) {
    conditions.push(Prisma.sql`c.id IN (
      SELECT e."entityId" FROM search_entry e
      WHERE e."workspaceId" = ${ws} AND e.kind = 'claim' AND NOT e.hidden AND e.vector @@ (SELECT ${buildTsQuery(ws, terms, 'all')}))`);
  }
  return Prisma.join(conditions, ' AND ');
}

/** The cursor's value as a typed parameter of the sort's column; a value of the wrong type is a 400. */
function cursorValue(column: SortColumn, value: string | number): Prisma.Sql {
  const bad = () => new AppError('bad_request', 'The cursor does not fit this sort: start again without it.');
  switch (column.kind) {
    case 'number':
      if (typeof value !== 'number') throw bad();
      return Prisma.sql`${value}::int`;
    case 'time': {
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw bad();
      return Prisma.sql`${new Date(value)}::timestamptz`;
    }
    case 'status':
      if (typeof value !== 'string' || !/^[a-z_]{1,20}$/.test(value)) throw bad();
      return Prisma.sql`${value}::"ClaimStatus"`;
    default:
      if (typeof value !== 'string') throw bad();
      return Prisma.sql`${value}::text`;
  }
}

/**
 * The rows strictly after the cursor in the order (column, id). PostgreSQL sorts missing values
 * as the largest, so they come last ascending and first descending, and the condition follows.
 */
export function afterSortCursor(column: SortColumn, dir: 'asc' | 'desc', cursor: SortCursor | null): Prisma.Sql {
  if (!cursor) return Prisma.sql`TRUE`;
  const { expr } = column;
  const beyond = Prisma.raw(dir === 'asc' ? '>' : '<');
  if (cursor.v === null) {
    if (!column.nullable) throw new AppError('bad_request', 'The cursor does not fit this sort: start again without it.');
    return dir === 'asc' ? Prisma.sql`(${expr} IS NULL AND c.id > ${cursor.id})` : Prisma.sql`(${expr} IS NOT NULL OR c.id < ${cursor.id})`;
  }
  const after = Prisma.sql`(${expr}, c.id) ${beyond} (${cursorValue(column, cursor.v)}, ${cursor.id})`;
  return dir === 'asc' && column.nullable ? Prisma.sql`(${after} OR ${expr} IS NULL)` : after;
}
