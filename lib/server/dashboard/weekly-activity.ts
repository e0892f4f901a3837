import 'server-only';
import { db } from '@/lib/server/db/client';
import type { DashboardDto } from '@/lib/validations/dashboard';
import type { DashboardScope } from './dashboard-scope';

type WeekRow = { week: Date; marked: number; proposed: number; published: number; corrected: number };

/**
 * Claims marked, proposed, published and corrected per ISO week (Monday, UTC): the sums of the
 * per-day rollup the triggers keep from the claim history (`created`, `proposed`, `approved`,
 * and `corrected` counted as distinct (claim, instant)), for the outlet and member asked for.
 * Weeks without events show as zeros.
 */
export async function weeklyActivity(scope: DashboardScope): Promise<DashboardDto['weekly']> {
  const rows = await db.$queryRaw<WeekRow[]>`
    WITH counted AS (
      SELECT date_trunc('week', dd.day::timestamp) AS week,
             sum(dd.marked)::int AS marked, sum(dd.proposed)::int AS proposed,
             sum(dd.published)::int AS published, sum(dd.corrected)::int AS corrected
      FROM dashboard_day dd
      WHERE ${scope.dayWhere} AND dd.day >= ${scope.fromDay}::date AND dd.day < ${scope.endDay}::date
      GROUP BY 1
    )
    SELECT w.week, COALESCE(n.marked, 0) AS marked, COALESCE(n.proposed, 0) AS proposed,
           COALESCE(n.published, 0) AS published, COALESCE(n.corrected, 0) AS corrected
    FROM generate_series(date_trunc('week', ${scope.fromDay}::date::timestamp),
                         ${scope.endDay}::date::timestamp - interval '1 microsecond',
                         interval '1 week') AS w(week)
    LEFT JOIN counted n ON n.week = w.week
    ORDER BY w.week`;
  return rows.map((row) => ({
    week: row.week.toISOString().slice(0, 10),
    marked: row.marked,
    proposed: row.proposed,
    published: row.published,
    corrected: row.corrected,
  }));
}
