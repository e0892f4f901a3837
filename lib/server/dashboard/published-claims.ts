import 'server-only';
import { db } from '@/lib/server/db/client';
import type { DashboardDto } from '@/lib/validations/dashboard';
import type { DashboardScope } from './dashboard-scope';

type PublishedRow = {
  count: number;
  median: number | null;
  p90: number | null;
  verdicts: { key: string | null; label: string | null; count: number }[] | null;
};

/**
 * The claims published in the range (their latest publication), read once from the per-claim
 * lifecycle rows (an index-only scan): marked → published in seconds, median and 90th
 * percentile (percentile_cont), and, of those published still, the verdict mix by their verdict
 * now, in scale order.
 */
export async function publishedClaims(
  scope: DashboardScope,
): Promise<{ markedToPublished: DashboardDto['durations']['markedToPublished']; verdicts: DashboardDto['verdicts'] }> {
  const [row] = await db.$queryRaw<PublishedRow[]>`
    WITH published AS MATERIALIZED (
      SELECT extract(epoch FROM dc."publishedAt" - dc."createdAt")::float8 AS seconds, dc.status, dc."ratingId" AS rating_id
      FROM dashboard_claim dc
      WHERE dc."publishedAt" >= ${scope.start} AND dc."publishedAt" < ${scope.end} AND ${scope.claimWhere}
    )
    SELECT count(*)::int AS count,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90,
           (SELECT json_agg(json_build_object('key', r.key, 'label', r.label, 'count', v.n) ORDER BY r.position NULLS LAST)
              FROM (SELECT rating_id, count(*)::int AS n FROM published WHERE status = 'published' GROUP BY rating_id) v
              LEFT JOIN rating r ON r.id = v.rating_id) AS verdicts
    FROM published`;
  return {
    markedToPublished: { count: row!.count, median: row!.median, p90: row!.p90 },
    verdicts: (row!.verdicts ?? []).map((v) => ({ key: v.key, label: v.label ?? 'No verdict', count: v.count })),
  };
}
