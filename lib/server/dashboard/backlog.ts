import 'server-only';
import { db } from '@/lib/server/db/client';
import type { DashboardDto } from '@/lib/validations/dashboard';
import type { DashboardScope } from './dashboard-scope';

type BacklogRow = {
  by_status: { status: string; count: number }[] | null;
  by_assignee: { assigneeId: string | null; name: string | null; count: number }[] | null;
  by_age: { bucket: string; count: number }[] | null;
};

// Open work as it stands now: the date range does not apply, the outlet and member filters do.
// (The statuses are written out in the query, so that it uses the (workspace, status) index of
// the per-claim lifecycle rows the triggers keep.)
const OPEN = ['to_check', 'researching', 'needs_review'];
const AGE_BUCKETS = ['Under a day', '1–7 days', '1–4 weeks', '1–3 months', 'Over 3 months'];
/** The assignees with most open claims are listed by name; the rest are summed. */
const TOP_ASSIGNEES = 15;

/** Open claims by status, by assignee and by age (since marked), in one pass over them. */
export async function backlog(scope: DashboardScope): Promise<DashboardDto['backlog']> {
  const [row] = await db.$queryRaw<BacklogRow[]>`
    WITH open AS (
      SELECT dc.status::text AS status, dc."assigneeId" AS assignee_id, now() - dc."createdAt" AS age
      FROM dashboard_claim dc
      WHERE dc.status IN ('to_check', 'researching', 'needs_review') AND ${scope.claimWhere}
    )
    SELECT
      (SELECT json_agg(json_build_object('status', status, 'count', n)) FROM (SELECT status, count(*)::int AS n FROM open GROUP BY status) s) AS by_status,
      (SELECT json_agg(json_build_object('assigneeId', assignee_id, 'name', u.name, 'count', n) ORDER BY n DESC, u.name)
         FROM (SELECT assignee_id, count(*)::int AS n FROM open GROUP BY assignee_id) a LEFT JOIN "user" u ON u.id = a.assignee_id) AS by_assignee,
      (SELECT json_agg(json_build_object('bucket', bucket, 'count', n)) FROM (
         SELECT CASE WHEN age < interval '1 day' THEN 0 WHEN age < interval '7 days' THEN 1 WHEN age < interval '28 days' THEN 2
                     WHEN age < interval '91 days' THEN 3 ELSE 4 END AS bucket, count(*)::int AS n
         FROM open GROUP BY 1) b) AS by_age`;
  const statuses = new Map((row?.by_status ?? []).map((s) => [s.status, s.count]));
  const ages = new Map((row?.by_age ?? []).map((b) => [Number(b.bucket), b.count]));
  return {
    byStatus: OPEN.map((status) => ({ status, count: statuses.get(status) ?? 0 })),
    byAssignee: topAssignees(row?.by_assignee ?? []),
    byAge: AGE_BUCKETS.map((bucket, index) => ({ bucket, count: ages.get(index) ?? 0 })),
  };
}

function topAssignees(rows: NonNullable<BacklogRow['by_assignee']>): DashboardDto['backlog']['byAssignee'] {
  const named = rows.map((r) => ({ assigneeId: r.assigneeId, name: r.assigneeId === null ? 'Unassigned' : (r.name ?? 'Former member'), count: r.count }));
  if (named.length <= TOP_ASSIGNEES) return named;
  const rest = named.slice(TOP_ASSIGNEES - 1).reduce((sum, r) => sum + r.count, 0);
  return [...named.slice(0, TOP_ASSIGNEES - 1), { assigneeId: null, name: 'Everyone else', count: rest }];
}
