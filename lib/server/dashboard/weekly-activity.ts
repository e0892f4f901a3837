import 'server-only';
import { db } from '@/lib/server/db/client';
import type { DashboardDto } from '@/lib/validations/dashboard';
import type { DashboardScope } from './dashboard-scope';

type WeekRow = { week: Date; marked: number; proposed: number; published: number; corrected: number };

/**
 * Claims marked, proposed, published and corrected per ISO week (Monday, UTC), read from the
 * claim history: `created`, `proposed`, `approved` (every publication passes the gate as an
 * approval) and `corrected` events. A correction writes one row per field it changes, so
 * corrections are counted as distinct (claim, instant). Weeks without events show as zeros.
 */
export async function weeklyActivity(scope: DashboardScope): Promise<DashboardDto['weekly']> {
  const rows = await db.$queryRaw<WeekRow[]>`
    WITH counted AS (
      SELECT date_trunc('week', e.at AT TIME ZONE 'UTC') AS week,
             count(*) FILTER (WHERE e.kind = 'created')::int AS marked,
             count(*) FILTER (WHERE e.kind = 'proposed')::int AS proposed,
             count(*) FILTER (WHERE e.kind = 'approved')::int AS published,
             count(DISTINCT (e."claimId", e.at)) FILTER (WHERE e.kind = 'corrected')::int AS corrected
      FROM claim_event e
      WHERE e."workspaceId" = ${scope.workspaceId}
        AND e.kind IN ('created', 'proposed', 'approved', 'corrected')
        AND e.at >= ${scope.start} AND e.at < ${scope.end}
        AND ${scope.eventClaimWhere}
      GROUP BY 1
    )
    SELECT w.week, COALESCE(n.marked, 0) AS marked, COALESCE(n.proposed, 0) AS proposed,
           COALESCE(n.published, 0) AS published, COALESCE(n.corrected, 0) AS corrected
    FROM generate_series(date_trunc('week', ${scope.start}::timestamptz AT TIME ZONE 'UTC'),
                         ${scope.end}::timestamptz AT TIME ZONE 'UTC' - interval '1 microsecond',
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
