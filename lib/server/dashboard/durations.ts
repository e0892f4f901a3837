import 'server-only';
import { db } from '@/lib/server/db/client';
import type { DashboardDto } from '@/lib/validations/dashboard';
import type { DashboardScope } from './dashboard-scope';

type Percentiles = { count: number; median: number | null; p90: number | null };

/**
 * Marked → published, in seconds, median and 90th percentile (percentile_cont), over the claims
 * published in the range (their latest publication), from the per-claim lifecycle rows.
 */
async function markedToPublished(scope: DashboardScope): Promise<Percentiles> {
  const [row] = await db.$queryRaw<Percentiles[]>`
    SELECT count(*)::int AS count,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM dc."publishedAt" - dc."createdAt")) AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM dc."publishedAt" - dc."createdAt")) AS p90
    FROM dashboard_claim dc
    WHERE dc."publishedAt" >= ${scope.start} AND dc."publishedAt" < ${scope.end} AND ${scope.claimWhere}`;
  return row!;
}

/**
 * Review turnaround, in seconds: for each decision (`approved` or `sent_back`) in the range, the
 * time since the proposal it decided (the review step before it, when that is a proposal). The
 * triggers keep one row per such decision (dashboard_decision), worked out when the history of
 * its claim changes.
 */
async function reviewTurnaround(scope: DashboardScope): Promise<Percentiles> {
  const [row] = await db.$queryRaw<Percentiles[]>`
    SELECT count(*)::int AS count,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY dc.seconds) AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY dc.seconds) AS p90
    FROM dashboard_decision dc
    WHERE dc.at >= ${scope.start} AND dc.at < ${scope.end} AND ${scope.claimWhere}`;
  return row!;
}

/** How long the desk takes: marked → published, and the review turnaround. */
export async function reviewDurations(scope: DashboardScope): Promise<DashboardDto['durations']> {
  const [published, reviewed] = await Promise.all([markedToPublished(scope), reviewTurnaround(scope)]);
  return { markedToPublished: published, reviewTurnaround: reviewed };
}
