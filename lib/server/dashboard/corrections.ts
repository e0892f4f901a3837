import 'server-only';
import { db } from '@/lib/server/db/client';
import type { DashboardDto } from '@/lib/validations/dashboard';
import type { DashboardScope } from './dashboard-scope';

type CorrectionRow = { claim_id: string; statement: string; at: Date; by: string; fields: string[]; reason: string | null; total: number };

/** The newest corrections listed; the count covers them all. */
const LISTED = 50;

/**
 * Corrections in the range, newest first, with their reasons. One correction is the rows a
 * single change wrote (same claim, same instant): its fields are listed together. The claims'
 * statements are read for the listed ones only.
 */
export async function corrections(scope: DashboardScope): Promise<DashboardDto['corrections']> {
  const rows = await db.$queryRaw<CorrectionRow[]>`
    WITH listed AS (
      SELECT e."claimId" AS claim_id, e.at, min(e."actorName") AS by, array_agg(e.field ORDER BY e.field) AS fields,
             min(e.reason) AS reason, (count(*) OVER ())::int AS total
      FROM claim_event e
      JOIN dashboard_claim dc ON dc."claimId" = e."claimId"
      WHERE e."workspaceId" = ${scope.workspaceId} AND e.kind = 'corrected'
        AND e.at >= ${scope.start} AND e.at < ${scope.end}
        AND ${scope.claimWhere}
      GROUP BY e."claimId", e.at
      ORDER BY e.at DESC
      LIMIT ${LISTED}
    )
    SELECT l.*, COALESCE(NULLIF(c.statement, ''), c.exact) AS statement
    FROM listed l JOIN claim c ON c.id = l.claim_id
    ORDER BY l.at DESC`;
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
