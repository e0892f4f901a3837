import 'server-only';
import { db } from '@/lib/server/db/client';
import { requirePermission, type Actor } from '@/lib/server/actor';
import type { DashboardDto, DashboardFilters } from '@/lib/validations/dashboard';
import { dashboardScope } from './dashboard-scope';
import { weeklyActivity } from './weekly-activity';
import { reviewTurnaround } from './review-turnaround';
import { backlog } from './backlog';
import { publishedClaims } from './published-claims';
import { corrections } from './corrections';

/**
 * The desk dashboard of the actor's workspace, computed by PostgreSQL (decision 026): a few
 * aggregate queries run side by side over the rollups the database's triggers keep exact
 * (amendment 1), each reading only the workspace's rows in the range.
 */
export async function getDashboard(actor: Actor, filters: DashboardFilters): Promise<DashboardDto> {
  requirePermission(actor, 'dashboard.read');
  const scope = dashboardScope(actor.workspaceId, filters);
  const [weekly, reviewed, published, open, corrected, outlets, members] = await Promise.all([
    weeklyActivity(scope),
    reviewTurnaround(scope),
    publishedClaims(scope),
    backlog(scope),
    corrections(scope),
    db.$queryRaw<{ outlet: string }[]>`
      SELECT DISTINCT outlet FROM article WHERE "workspaceId" = ${actor.workspaceId} AND "deletedAt" IS NULL AND outlet IS NOT NULL AND outlet <> '' ORDER BY outlet LIMIT 200`,
    db.membership.findMany({
      where: { workspaceId: actor.workspaceId },
      select: { user: { select: { id: true, name: true } } },
      orderBy: { user: { name: 'asc' } },
    }),
  ]);
  return {
    filters: { from: filters.from, to: filters.to, outlet: filters.outlet ?? null, member: filters.member ?? null },
    weekly,
    durations: { markedToPublished: published.markedToPublished, reviewTurnaround: reviewed },
    backlog: open,
    verdicts: published.verdicts,
    corrections: corrected,
    options: { outlets: outlets.map((o) => o.outlet), members: members.map((m) => m.user) },
  };
}
