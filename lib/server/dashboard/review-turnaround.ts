import 'server-only';
import { db } from '@/lib/server/db/client';
import type { DashboardDto } from '@/lib/validations/dashboard';
import type { DashboardScope } from './dashboard-scope';

/**
 * Review turnaround, in seconds: for each decision (`approved` or `sent_back`) in the range, the
 * time since the proposal it decided (the review step before it, when that is a proposal). The
 * triggers keep one row per such decision (dashboard_decision), worked out when the history of
 * its claim changes.
 */
export async function reviewTurnaround(scope: DashboardScope): Promise<DashboardDto['durations']['reviewTurnaround']> {
  const [row] = await db.$queryRaw<DashboardDto['durations']['reviewTurnaround'][]>`
    SELECT count(*)::int AS count,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY dc.seconds) AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY dc.seconds) AS p90
    FROM dashboard_decision dc
    WHERE dc.at >= ${scope.start} AND dc.at < ${scope.end} AND ${scope.claimWhere}`;
  return row!;
}
