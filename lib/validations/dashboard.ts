import { z } from 'zod';
import { idSchema } from './common';

// The desk dashboard (editors and admins): what the desk did per ISO week, how long it took,
// what is waiting now, which verdicts went out and which were corrected. Dates are UTC days.

const DAY_MS = 24 * 60 * 60 * 1000;
/** The default range: the twelve weeks up to today. */
export const DEFAULT_DASHBOARD_DAYS = 84;
/** The widest range one request may ask for: beyond it the weekly chart says little anyway. */
export const MAX_DASHBOARD_DAYS = 3 * 366;

export const dashboardTables = ['weekly', 'durations', 'backlog-status', 'backlog-assignee', 'backlog-age', 'verdicts', 'corrections'] as const;
export type DashboardTable = (typeof dashboardTables)[number];

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date like 2026-01-31')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'Not a date')
  .meta({ format: 'date' });

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The query parameters as they arrive (the API reference shows these). */
export const dashboardQueryParamsSchema = z
  .object({
    from: day.optional().meta({ description: 'First day (UTC), inclusive; default: 12 weeks before `to`.' }),
    to: day.optional().meta({ description: 'Last day (UTC), inclusive; default: today.' }),
    outlet: z.string().trim().min(1).max(300).optional().meta({ description: 'Only claims on articles of this outlet (exact).' }),
    member: idSchema.optional().meta({ description: 'Only claims this member marked, is assigned, proposed or approved (user id).' }),
    format: z.enum(['json', 'csv']).default('json'),
    table: z.enum(dashboardTables).optional().meta({ description: 'With `format=csv`: which table to download.' }),
  })
  .strict();

export const dashboardQuerySchema = dashboardQueryParamsSchema.transform((query, ctx) => {
  const to = query.to ?? isoDay(new Date());
  const from = query.from ?? isoDay(new Date(Date.parse(`${to}T00:00:00Z`) - (DEFAULT_DASHBOARD_DAYS - 1) * DAY_MS));
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  if (days < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The last day comes before the first' });
  if (days > MAX_DASHBOARD_DAYS) ctx.addIssue({ code: 'custom', path: ['from'], message: 'Ask for three years at most' });
  if (query.format === 'csv' && !query.table) ctx.addIssue({ code: 'custom', path: ['table'], message: `Name the table to download: ${dashboardTables.join(', ')}` });
  return { ...query, from, to };
});
export type DashboardQuery = z.output<typeof dashboardQuerySchema>;
export type DashboardFilters = Pick<DashboardQuery, 'from' | 'to' | 'outlet' | 'member'>;

const count = z.number().int();
/** Seconds, or null when nothing was measured. */
const seconds = z.number().nullable();

export const dashboardSchema = z
  .object({
    filters: z.object({ from: z.string(), to: z.string(), outlet: z.string().nullable(), member: z.string().nullable() }),
    weekly: z
      .array(z.object({ week: z.string().meta({ description: 'Monday of the ISO week (UTC)' }), marked: count, proposed: count, published: count, corrected: count }))
      .meta({ description: 'Claims marked, proposed for review, published and corrected, per ISO week of the range.' }),
    durations: z
      .object({
        markedToPublished: z.object({ count, median: seconds, p90: seconds }),
        reviewTurnaround: z.object({ count, median: seconds, p90: seconds }),
      })
      .meta({ description: 'Marked → published, per claim published in the range; proposal → approval or send-back, per decision in the range. Seconds.' }),
    backlog: z
      .object({
        byStatus: z.array(z.object({ status: z.string(), count })),
        byAssignee: z.array(z.object({ assigneeId: z.string().nullable(), name: z.string(), count })),
        byAge: z.array(z.object({ bucket: z.string(), count })),
      })
      .meta({ description: 'Open claims (to check, researching, needs review) now; the date range does not apply.' }),
    verdicts: z.array(z.object({ key: z.string().nullable(), label: z.string(), count })).meta({ description: 'Claims published in the range, by their verdict now.' }),
    corrections: z.object({
      count,
      items: z.array(
        z.object({ claimId: z.string(), statement: z.string(), at: z.string(), by: z.string(), fields: z.array(z.string()), reason: z.string() }),
      ),
    }),
    options: z.object({
      outlets: z.array(z.string()),
      members: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  })
  .meta({ id: 'Dashboard' });
export type DashboardDto = z.infer<typeof dashboardSchema>;
