import 'server-only';
import { db } from '@/lib/server/db/client';
import type { DashboardDto } from '@/lib/validations/dashboard';
import type { DashboardScope } from './dashboard-scope';

type VerdictRow = { key: string | null; label: string | null; count: number };

/** Claims published in the range (and published still), by their verdict now, in scale order. */
export async function verdictMix(scope: DashboardScope): Promise<DashboardDto['verdicts']> {
  const rows = await db.$queryRaw<VerdictRow[]>`
    SELECT r.key, r.label, count(*)::int AS count
    FROM dashboard_claim dc LEFT JOIN rating r ON r.id = dc."ratingId"
    WHERE dc.status = 'published' AND dc."publishedAt" >= ${scope.start} AND dc."publishedAt" < ${scope.end}
      AND ${scope.claimWhere}
    GROUP BY r.key, r.label, r.position
    ORDER BY r.position NULLS LAST`;
  return rows.map((row) => ({ key: row.key, label: row.label ?? 'No verdict', count: row.count }));
}
