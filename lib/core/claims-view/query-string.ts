import type { ClaimsViewFilters, ClaimsViewSort } from '@/lib/validations/claims-view';

// The claims view's state is its URL: these turn parsed filters back into a query string in one
// canonical order (the form's order), so a saved view, a shared link and a sort header agree.

const ORDER: readonly (keyof ClaimsViewFilters)[] = [
  'q', 'status', 'verdict', 'assignee', 'claimant', 'outlet', 'article',
  'markedFrom', 'markedTo', 'markedWithin', 'publishedFrom', 'publishedTo', 'publishedWithin',
  'correctedFrom', 'correctedTo', 'correctedWithin', 'sort', 'dir',
];

export const DEFAULT_SORT: ClaimsViewSort = 'marked';
export const DEFAULT_DIR = 'desc' as const;

/** `status=a,b&verdict=false&sort=verdict`: lists comma-separated, absent filters left out. */
export function filtersToQueryString(filters: ClaimsViewFilters): string {
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const value = filters[key];
    if (value === undefined) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : value);
  }
  return params.toString();
}

/** True when the filters narrow the list (the sort alone does not). */
export function hasFilters(filters: ClaimsViewFilters): boolean {
  return ORDER.some((key) => key !== 'sort' && key !== 'dir' && filters[key] !== undefined);
}

/** The effective sort: the one asked for, else newest marked first. */
export function sortOf(filters: ClaimsViewFilters): { sort: ClaimsViewSort; dir: 'asc' | 'desc' } {
  return { sort: filters.sort ?? DEFAULT_SORT, dir: filters.dir ?? (filters.sort ? 'asc' : DEFAULT_DIR) };
}

/** The query string a column header links to: that column, flipped when it is already the sort. */
export function sortedBy(filters: ClaimsViewFilters, column: ClaimsViewSort): string {
  const current = sortOf(filters);
  const dir = current.sort === column ? (current.dir === 'asc' ? 'desc' : 'asc') : column === 'marked' || column === 'updated' || column === 'published' || column === 'corrected' ? 'desc' : 'asc';
  return filtersToQueryString({ ...filters, sort: column, dir });
}

const SPAN_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

/** The instant a relative span (`7d`) reaches back to from `now`. */
export function spanStart(span: string, now: Date): Date {
  const match = /^(\d+)([hdw])$/.exec(span);
  if (!match) throw new Error(`Not a span: ${span}`);
  return new Date(now.getTime() - Number(match[1]) * SPAN_MS[match[2] as keyof typeof SPAN_MS]);
}

/** A range's bounds as instants: a bare day starts at 00:00 UTC, and `to` takes the whole day. */
export function rangeBounds(from: string | undefined, to: string | undefined): { from?: Date; before?: Date; upTo?: Date } {
  const bounds: { from?: Date; before?: Date; upTo?: Date } = {};
  if (from !== undefined) bounds.from = new Date(from);
  if (to !== undefined) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(to)) bounds.before = new Date(Date.parse(to) + SPAN_MS.d);
    else bounds.upTo = new Date(to);
  }
  return bounds;
}
