import { z } from 'zod';
import 'zod-openapi';
import { hasNoNul, idSchema, isoDateTime, isStorableDate, NUL_MESSAGE, STORABLE_YEAR_MESSAGE, textInput } from './common';
import { claimStatuses, claimStatusSchema, memberRefSchema, verdictSchema } from './claim';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, nextCursorSchema } from './pagination';

// The desk-wide claims view (decision 029): one schema reads its filters from the page's URL,
// the API's query string, a saved view and the CSV export alike. Search params arrive as strings
// (or arrays of them, for a repeated key); an empty field of the filter form means "any".

import { claimsViewSorts } from './claims-view-values';

export { claimsViewSorts, claimsViewSortLabels, type ClaimsViewSort } from './claims-view-values';

export const dateRangeFields = ['marked', 'published', 'corrected'] as const;
export type DateRangeField = (typeof dateRangeFields)[number];

const blankIsAbsent = (value: unknown) => (value === '' || (Array.isArray(value) && value.every((v) => v === '')) ? undefined : value);

/** A list given as repeated keys (`status=a&status=b`), commas (`status=a,b`) or both. */
function multi<T extends z.ZodType<string>>(item: T, description: string) {
  return z.preprocess(
    (value) => {
      const values = (Array.isArray(value) ? value : [value]).filter((v) => v !== undefined);
      const items = [...new Set(values.flatMap((v) => (typeof v === 'string' ? v.split(',') : [v])).map((v) => (typeof v === 'string' ? v.trim() : v)))].filter((v) => v !== '');
      return items.length === 0 ? undefined : items;
    },
    z.array(item).max(50, 'Too many values').optional(),
  ).meta({ description });
}

/** One value: a repeated key is refused rather than guessed at. */
const single = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsAbsent, schema.optional());

const filterText = (label: string, max = 300) =>
  textInput()
    .trim()
    .max(max, `${label} is too long (${max} characters at most)`)
    .refine(hasNoNul, NUL_MESSAGE);

// A day (read in UTC: `to` takes the whole day) or an exact ISO date-time.
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const dayOrDateTime = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const time = DAY.test(value) || z.iso.datetime({ offset: true }).safeParse(value).success ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(time)) ctx.addIssue({ code: 'custom', message: 'Enter a day like 2026-12-04 or a date-time like 2026-12-04T10:00:00Z' });
    else if (!isStorableDate(new Date(time))) ctx.addIssue({ code: 'custom', message: STORABLE_YEAR_MESSAGE });
  })
  .meta({ example: '2026-12-04' });

/** A span back from now: `24h`, `7d`, `4w` (stored as written, so a saved view stays relative). */
export const relativeSpanSchema = z
  .string()
  .trim()
  .regex(/^([1-9]\d{0,3})([hdw])$/, 'Give a span like 24h, 7d or 4w')
  .meta({ example: '7d' });

export const claimsViewFiltersSchema = z.object({
  q: single(filterText('The search', 500)).meta({ description: 'Words in the statement, quote, claimant or explanation, read as the search reads them (any case, accents, typos, word beginnings)' }),
  status: multi(claimStatusSchema, `Statuses (any of; repeated or comma-separated): ${claimStatuses.join(', ')}`),
  verdict: multi(
    z.string().min(1).max(64).refine(hasNoNul, NUL_MESSAGE),
    'Verdict keys of the rating scale (any of), or `none` for claims without a verdict',
  ),
  assignee: single(z.union([z.enum(['me', 'unassigned']), idSchema])).meta({ description: 'A member id, `me` or `unassigned`' }),
  claimant: single(filterText('The claimant')).meta({ description: 'Claimant contains (any case)' }),
  outlet: single(filterText('The outlet')).meta({ description: "Article's outlet contains (any case)" }),
  article: single(idSchema).meta({ description: 'Only the claims of this article' }),
  markedFrom: single(dayOrDateTime).meta({ description: 'Marked on or after (a day is read in UTC)' }),
  markedTo: single(dayOrDateTime).meta({ description: 'Marked on or before (a day includes the whole day)' }),
  markedWithin: single(relativeSpanSchema).meta({ description: 'Marked within this span back from now: 24h, 7d, 4w' }),
  publishedFrom: single(dayOrDateTime),
  publishedTo: single(dayOrDateTime),
  publishedWithin: single(relativeSpanSchema),
  correctedFrom: single(dayOrDateTime),
  correctedTo: single(dayOrDateTime),
  correctedWithin: single(relativeSpanSchema),
  sort: single(z.enum(claimsViewSorts)).meta({ description: 'The column to sort by (default `marked`)' }),
  dir: single(z.enum(['asc', 'desc'])).meta({ description: 'Sort direction (default `desc`); missing values (no verdict, not published) come last ascending, first descending' }),
});
export type ClaimsViewFilters = z.output<typeof claimsViewFiltersSchema>;

// A cursor carries the sort value of the last row, which may be a 2,000-character statement.
const viewCursorSchema = z
  .string()
  .max(12_000)
  .regex(/^[A-Za-z0-9_-]+$/, 'Not a valid cursor')
  .meta({ description: 'The `nextCursor` of the previous page (with the same filters and sort); absent for the first page.' });

export const claimsViewQuerySchema = claimsViewFiltersSchema
  .extend({
    cursor: single(viewCursorSchema),
    limit: single(z.coerce.number().int('Give a whole number').min(1).max(MAX_PAGE_SIZE, `At most ${MAX_PAGE_SIZE} a page`)).meta({
      description: `How many claims a page holds (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).`,
    }),
  })
  .strict()
  .meta({ id: 'ClaimsViewQuery' });
export type ClaimsViewQuery = z.output<typeof claimsViewQuerySchema>;

/** URLSearchParams (or Next's searchParams) as the record the schema reads: a repeated key is an array. */
export function searchParamsRecord(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    const previous = record[key];
    record[key] = previous === undefined ? value : [...[previous].flat(), ...[value].flat()];
  }
  return record;
}

export const claimsViewItemSchema = z
  .object({
    id: idSchema,
    articleId: idSchema,
    articleTitle: z.string(),
    outlet: z.string().nullable(),
    statement: z.string(),
    exact: z.string().meta({ description: 'The quote' }),
    claimant: z.string(),
    status: claimStatusSchema,
    verdict: verdictSchema.nullable(),
    assignee: memberRefSchema.nullable(),
    markedAt: isoDateTime,
    publishedAt: isoDateTime.nullable(),
    correctedAt: isoDateTime.nullable(),
    updatedAt: isoDateTime,
    href: z.string().meta({ description: 'Where the claim opens: its article, with its panel open' }),
  })
  .meta({ id: 'ClaimsViewItem' });
export type ClaimsViewItemDto = z.infer<typeof claimsViewItemSchema>;

export const claimsViewPageSchema = z
  .object({ items: z.array(claimsViewItemSchema), nextCursor: nextCursorSchema })
  .meta({ id: 'ClaimsViewPage' });
export type ClaimsViewPageDto = z.infer<typeof claimsViewPageSchema>;

// Saved views: a name for the current filters and sort, private to the member who saved it.
export const savedViewNameSchema = textInput()
  .trim()
  .min(1, 'Give the view a name')
  .max(100, 'The name is too long (100 characters at most)')
  .refine(hasNoNul, NUL_MESSAGE);

export const createSavedViewInputSchema = z
  .object({
    name: savedViewNameSchema,
    query: z.string().max(4000, 'The view is too long').meta({ description: 'The filters and sort as a query string, as in the claims view URL: `status=published&verdict=false`' }),
  })
  .strict()
  .meta({ id: 'CreateSavedViewInput' });

export const savedViewSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    query: z.string().meta({ description: 'The canonical query string: open `/claims?<query>`' }),
    createdAt: isoDateTime,
  })
  .meta({ id: 'SavedView' });
export type SavedViewDto = z.infer<typeof savedViewSchema>;

export const savedViewListSchema = z.object({ views: z.array(savedViewSchema) }).meta({ id: 'SavedViewList' });
