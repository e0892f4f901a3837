import 'server-only';
import { db } from '@/lib/server/db/client';
import type { DashboardDto } from '@/lib/validations/dashboard';
import type { DashboardScope } from './dashboard-scope';

type BacklogRow = {
  by_status: { status: string; count: number }[] | null;
  by_assignee: { assigneeId: string | null; name: string | null; count: number }[] | null;
  ages: { day: number; week: number; four_weeks: number; quarter: number };
};

// Open work as it stands now: the date range does not apply, the outlet and member filters do.
const OPEN = ['to_check', 'researching', 'needs_review'];
const AGE_BUCKETS = ['Under a day', '1–7 days', '1–4 weeks', '1–3 months', 'Over 3 months'];
/** The assignees with most open claims are listed by name; the rest are summed. */
const TOP_ASSIGNEES = 15;

/**
 * Open claims by status, by assignee and by age (since marked), in one statement (one snapshot):
 * the counts from the rollup the triggers keep (dashboard_open); the ages from the lifecycle rows
 * of the claims marked in the last 91 days (older ones are the rest of the total).
 */
export async function backlog(scope: DashboardScope): Promise<DashboardDto['backlog']> {
  const [row] = await db.$queryRaw<BacklogRow[]>`
    WITH open AS (
      SELECT dd.status::text AS status, NULLIF(dd."assigneeId", '') AS assignee_id, dd.count
      FROM dashboard_open dd WHERE ${scope.dayWhere} AND dd.count <> 0
    )
    SELECT
      (SELECT json_agg(json_build_object('status', status, 'count', n)) FROM (SELECT status, sum(count)::int AS n FROM open GROUP BY status) s) AS by_status,
      (SELECT json_agg(json_build_object('assigneeId', assignee_id, 'name', u.name, 'count', n) ORDER BY n DESC, u.name)
         FROM (SELECT assignee_id, sum(count)::int AS n FROM open GROUP BY assignee_id HAVING sum(count) > 0) a
         LEFT JOIN "user" u ON u.id = a.assignee_id) AS by_assignee,
      (SELECT json_build_object(
                'day', count(*) FILTER (WHERE dc."createdAt" > now() - interval '1 day'),
                'week', count(*) FILTER (WHERE dc."createdAt" > now() - interval '7 days'),
                'four_weeks', count(*) FILTER (WHERE dc."createdAt" > now() - interval '28 days'),
                'quarter', count(*))
         FROM dashboard_claim dc
         WHERE dc.status IN ('to_check', 'researching', 'needs_review') AND dc."createdAt" > now() - interval '91 days'
           AND ${scope.claimWhere}) AS ages`;
  const statuses = new Map((row?.by_status ?? []).map((s) => [s.status, s.count]));
  const total = [...statuses.values()].reduce((sum, n) => sum + n, 0);
  const a = row?.ages ?? { day: 0, week: 0, four_weeks: 0, quarter: 0 };
  const ages = [a.day, a.week - a.day, a.four_weeks - a.week, a.quarter - a.four_weeks, total - a.quarter];
  return {
    byStatus: OPEN.map((status) => ({ status, count: statuses.get(status) ?? 0 })),
    byAssignee: topAssignees(row?.by_assignee ?? []),
    byAge: AGE_BUCKETS.map((bucket, index) => ({ bucket, count: ages[index] ?? 0 })),
  };
}

function topAssignees(rows: NonNullable<BacklogRow['by_assignee']>): DashboardDto['backlog']['byAssignee'] {
  const named = rows.map((r) => ({ assigneeId: r.assigneeId, name: r.assigneeId === null ? 'Unassigned' : (r.name ?? 'Former member'), count: r.count }));
  if (named.length <= TOP_ASSIGNEES) return named;
  const rest = named.slice(TOP_ASSIGNEES - 1).reduce((sum, r) => sum + r.count, 0);
  return [...named.slice(0, TOP_ASSIGNEES - 1), { assigneeId: null, name: 'Everyone else', count: rest }];
}
