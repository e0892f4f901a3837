import 'server-only';
import { Prisma } from '@/lib/server/db/client';
import type { DashboardFilters } from '@/lib/validations/dashboard';

/** What every dashboard query shares: the workspace, the range as timestamps, the claim filter. */
export type DashboardScope = {
  workspaceId: string;
  /** First instant of `from` (UTC). */
  start: Date;
  /** First instant after `to` (UTC): ranges are [start, end). */
  end: Date;
  /** Conditions on a claim aliased `c`: its workspace, not deleted, the outlet and member filters. */
  claimWhere: Prisma.Sql;
  /** The same, as a condition on a history row aliased `e`: its claim passes `claimWhere`. */
  eventClaimWhere: Prisma.Sql;
};

export function dashboardScope(workspaceId: string, filters: DashboardFilters): DashboardScope {
  const start = new Date(`${filters.from}T00:00:00Z`);
  const end = new Date(Date.parse(`${filters.to}T00:00:00Z`) + 24 * 60 * 60 * 1000);
  const conditions = [Prisma.sql`c."workspaceId" = ${workspaceId}`, Prisma.sql`c."deletedAt" IS NULL`];
  if (filters.outlet !== undefined) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM article a WHERE a.id = c."articleId" AND a.outlet = ${filters.outlet})`);
  }
  // A member's claims: those they marked, are assigned, proposed or approved.
  if (filters.member !== undefined) {
    conditions.push(Prisma.sql`${filters.member} IN (c."createdById", c."assigneeId", c."proposedById", c."approvedById")`);
  }
  const claimWhere = Prisma.join(conditions, ' AND ');
  // Unfiltered, the only claims to leave out are the deleted ones: a short list PostgreSQL hashes
  // once (NOT IN over a subquery), so the events are read from their index alone instead of
  // being joined to every claim of the workspace.
  const eventClaimWhere =
    filters.outlet === undefined && filters.member === undefined
      ? Prisma.sql`e."claimId" NOT IN (SELECT d.id FROM claim d WHERE d."workspaceId" = ${workspaceId} AND d."deletedAt" IS NOT NULL)`
      : Prisma.sql`e."claimId" IN (SELECT c.id FROM claim c WHERE ${claimWhere})`;
  return { workspaceId, start, end, claimWhere, eventClaimWhere };
}
