import 'server-only';
import { db } from '@/lib/server/db/client';
import type { DashboardDto } from '@/lib/validations/dashboard';
import type { DashboardScope } from './dashboard-scope';

type DurationRow = {
  published_count: number; published_median: number | null; published_p90: number | null;
  review_count: number; review_median: number | null; review_p90: number | null;
};

/**
 * How long the desk takes, in seconds, as median and 90th percentile (percentile_cont):
 * - marked → published: for each publication (`approved` event) in the range, since the claim
 *   was marked;
 * - review turnaround: for each review decision (`approved` or `sent_back`) in the range, since
 *   the proposal it decided. A decision whose latest earlier review step is not a proposal
 *   (a publication without review, with self-approval on) has no turnaround and is left out.
 */
export async function reviewDurations(scope: DashboardScope): Promise<DashboardDto['durations']> {
  const [row] = await db.$queryRaw<DurationRow[]>`
    WITH decisions AS (
      SELECT e.kind, e.at, c."createdAt" AS marked_at, step.kind AS step_kind, step.at AS step_at
      FROM claim_event e
      JOIN claim c ON c.id = e."claimId"
      LEFT JOIN LATERAL (
        SELECT s.kind, s.at FROM claim_event s
        WHERE s."claimId" = e."claimId" AND s.at < e.at
          AND s.kind IN ('proposed', 'approved', 'sent_back', 'withdrawn', 'unpublished')
        ORDER BY s.at DESC LIMIT 1
      ) step ON true
      WHERE e."workspaceId" = ${scope.workspaceId}
        AND e.kind IN ('approved', 'sent_back')
        AND e.at >= ${scope.start} AND e.at < ${scope.end}
        AND ${scope.eventClaimWhere}
    ), published AS (
      SELECT extract(epoch FROM at - marked_at)::float8 AS seconds FROM decisions WHERE kind = 'approved'
    ), reviewed AS (
      SELECT extract(epoch FROM at - step_at)::float8 AS seconds FROM decisions WHERE step_kind = 'proposed'
    )
    SELECT (SELECT count(*)::int FROM published) AS published_count,
           (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) FROM published) AS published_median,
           (SELECT percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) FROM published) AS published_p90,
           (SELECT count(*)::int FROM reviewed) AS review_count,
           (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) FROM reviewed) AS review_median,
           (SELECT percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) FROM reviewed) AS review_p90`;
  return {
    markedToPublished: { count: row!.published_count, median: row!.published_median, p90: row!.published_p90 },
    reviewTurnaround: { count: row!.review_count, median: row!.review_median, p90: row!.review_p90 },
  };
}
