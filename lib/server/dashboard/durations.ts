import 'server-only';
import { db } from '@/lib/server/db/client';
import type { DashboardDto } from '@/lib/validations/dashboard';
import type { DashboardScope } from './dashboard-scope';

type Percentiles = { count: number; median: number | null; p90: number | null };

// How far before the range the review steps are read in one pass; a decision whose proposal is
// older still (rare) finds it by one index lookup of its own.
const LOOKBACK = '30 days';

/**
 * Marked → published, in seconds, median and 90th percentile (percentile_cont), over the claims
 * published in the range (their latest publication), from the claim rows themselves.
 */
async function markedToPublished(scope: DashboardScope): Promise<Percentiles> {
  const [row] = await db.$queryRaw<Percentiles[]>`
    SELECT count(*)::int AS count,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c."publishedAt" - c."createdAt")) AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM c."publishedAt" - c."createdAt")) AS p90
    FROM claim c
    WHERE c."publishedAt" >= ${scope.start} AND c."publishedAt" < ${scope.end} AND ${scope.claimWhere}`;
  return row!;
}

/**
 * Review turnaround, in seconds: for each decision (`approved` or `sent_back`) in the range, the
 * time since the proposal it decided. The review steps are read once, in time order per claim
 * (window `lag`), from the index on (workspace, kind, at, claim); a decision whose previous step
 * is not a proposal (a publication without review, with self-approval on) is left out.
 */
async function reviewTurnaround(scope: DashboardScope): Promise<Percentiles> {
  const [row] = await db.$queryRaw<Percentiles[]>`
    WITH steps AS (
      SELECT e."claimId" AS claim_id, e.kind, e.at,
             lag(e.kind) OVER w AS previous_kind, lag(e.at) OVER w AS previous_at
      FROM claim_event e
      WHERE e."workspaceId" = ${scope.workspaceId}
        AND e.kind IN ('proposed', 'approved', 'sent_back', 'withdrawn', 'unpublished')
        AND e.at >= ${scope.start}::timestamptz - ${LOOKBACK}::interval AND e.at < ${scope.end}
        AND ${scope.eventClaimWhere}
      WINDOW w AS (PARTITION BY e."claimId" ORDER BY e.at)
    ), decisions AS (
      SELECT s.at, COALESCE(s.previous_kind, older.kind) AS step_kind, COALESCE(s.previous_at, older.at) AS step_at
      FROM steps s
      LEFT JOIN LATERAL (
        SELECT b.kind, b.at FROM claim_event b
        WHERE s.previous_at IS NULL AND b."claimId" = s.claim_id AND b.at < s.at
          AND b.kind IN ('proposed', 'approved', 'sent_back', 'withdrawn', 'unpublished')
        ORDER BY b.at DESC LIMIT 1
      ) older ON true
      WHERE s.kind IN ('approved', 'sent_back') AND s.at >= ${scope.start}
    )
    SELECT count(*)::int AS count,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM at - step_at)) AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM at - step_at)) AS p90
    FROM decisions WHERE step_kind = 'proposed'`;
  return row!;
}

/** How long the desk takes: marked → published, and the review turnaround. */
export async function reviewDurations(scope: DashboardScope): Promise<DashboardDto['durations']> {
  const [published, reviewed] = await Promise.all([markedToPublished(scope), reviewTurnaround(scope)]);
  return { markedToPublished: published, reviewTurnaround: reviewed };
}
