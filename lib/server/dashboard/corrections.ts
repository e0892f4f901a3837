import 'server-only';
import { db } from '@/lib/server/db/client';
import type { DashboardDto } from '@/lib/validations/dashboard';
import type { DashboardScope } from './dashboard-scope';

type CorrectionRow = { claim_id: string; statement: string; at: Date; by: string; fields: string[]; reason: string | null; total: number };

/** The newest corrections listed; the count covers them all. */
const LISTED = 50;

/**
 * Corrections in the range, newest first, with their reasons. One correction is the rows a
 * single change wrote (same claim, same instant): its fields are listed together.
 */
export async function corrections(scope: DashboardScope): Promise<DashboardDto['corrections']> {
  const rows = await db.$queryRaw<CorrectionRow[]>`
    SELECT e."claimId" AS claim_id, COALESCE(NULLIF(c.statement, ''), c.exact) AS statement, e.at,
           min(e."actorName") AS by, array_agg(e.field ORDER BY e.field) AS fields, min(e.reason) AS reason,
           (count(*) OVER ())::int AS total
    FROM claim_event e
    JOIN claim c ON c.id = e."claimId"
    WHERE e."workspaceId" = ${scope.workspaceId} AND e.kind = 'corrected'
      AND e.at >= ${scope.start} AND e.at < ${scope.end}
      AND ${scope.eventClaimWhere}
    GROUP BY e."claimId", c.statement, c.exact, e.at
    ORDER BY e.at DESC
    LIMIT ${LISTED}`;
  return {
    count: rows[0]?.total ?? 0,
    items: rows.map((row) => ({
      claimId: row.claim_id,
      statement: row.statement,
      at: row.at.toISOString(),
      by: row.by,
      fields: row.fields.filter(Boolean),
      reason: row.reason ?? '',
    })),
  };
}
