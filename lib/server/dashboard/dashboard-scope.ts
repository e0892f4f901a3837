import 'server-only';
import { Prisma } from '@/lib/server/db/client';
import type { DashboardFilters } from '@/lib/validations/dashboard';

/**
 * What every dashboard query shares: the workspace, the range as timestamps and days, and the
 * filters as conditions on the rollup tables the triggers keep (decision 026, amendment 1).
 */
export type DashboardScope = {
  workspaceId: string;
  /** First instant of `from` (UTC). */
  start: Date;
  /** First instant after `to` (UTC): ranges are [start, end). */
  end: Date;
  /** `from` and the day after `to`, as dates: day ranges are [fromDay, endDay). */
  fromDay: string;
  endDay: string;
  /**
   * Conditions on a row aliased `dc` of dashboard_claim or dashboard_decision (both carry the
   * claim's workspace, live flag, outlet and members): its workspace, not deleted, the filters.
   */
  claimWhere: Prisma.Sql;
  /**
   * Conditions on a rollup aliased `dd` (dashboard_day, dashboard_open):
   * the workspace, the outlet, the member ('' = every claim).
   */
  dayWhere: Prisma.Sql;
};

export function dashboardScope(workspaceId: string, filters: DashboardFilters): DashboardScope {
  const start = new Date(`${filters.from}T00:00:00Z`);
  const end = new Date(Date.parse(`${filters.to}T00:00:00Z`) + 24 * 60 * 60 * 1000);
  const conditions = [Prisma.sql`dc."workspaceId" = ${workspaceId}`, Prisma.sql`dc.live`];
  const dayConditions = [Prisma.sql`dd."workspaceId" = ${workspaceId}`, Prisma.sql`dd.member = ${filters.member ?? ''}`];
  if (filters.outlet !== undefined) {
    conditions.push(Prisma.sql`dc.outlet = ${filters.outlet}`);
    dayConditions.push(Prisma.sql`dd.outlet = ${filters.outlet}`);
  }
  // A member's claims: those they marked, are assigned, proposed or approved.
  if (filters.member !== undefined) conditions.push(Prisma.sql`${filters.member} = ANY (dc.members)`);
  return {
    workspaceId,
    start,
    end,
    fromDay: filters.from,
    endDay: end.toISOString().slice(0, 10),
    claimWhere: Prisma.join(conditions, ' AND '),
    dayWhere: Prisma.join(dayConditions, ' AND '),
  };
}
