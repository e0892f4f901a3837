import 'server-only';
import { db, type Prisma } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { daysBetween, median, outcomes } from '@/lib/core/correction-requests/correction-requests';
import type { CorrectionRequestOutcomesDto } from '@/lib/validations/correction-request';
import type { DashboardFilters } from '@/lib/validations/dashboard';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The dashboard's correction-request figure (decision 039), its own module beside the others:
 * requests sent in the range by outcome, open ones now, and the median days to an answer. The
 * outlet and member filters apply through the request's claim; deleted claims are left out.
 */
export async function correctionRequestOutcomes(actor: Actor, filters: DashboardFilters): Promise<CorrectionRequestOutcomesDto> {
  requirePermission(actor, 'dashboard.read');
  const claim: Prisma.ClaimWhereInput = { deletedAt: null };
  if (filters.outlet !== undefined) claim.article = { outlet: filters.outlet };
  if (filters.member !== undefined) {
    const member = filters.member;
    claim.OR = [{ createdById: member }, { assigneeId: member }, { proposedById: member }, { approvedById: member }];
  }
  const start = new Date(`${filters.from}T00:00:00Z`);
  const end = new Date(Date.parse(`${filters.to}T00:00:00Z`) + DAY_MS);
  const inRange = { workspaceId: actor.workspaceId, claim, sentAt: { gte: start, lt: end } };
  const [grouped, open, answered] = await Promise.all([
    db.correctionRequest.groupBy({ by: ['outcome'], where: inRange, _count: { _all: true } }),
    db.correctionRequest.count({ where: { workspaceId: actor.workspaceId, claim, outcome: 'pending' } }),
    db.correctionRequest.findMany({ where: { ...inRange, respondedAt: { not: null } }, select: { sentAt: true, respondedAt: true } }),
  ]);
  const counts = new Map(grouped.map((row) => [row.outcome, row._count._all]));
  return {
    sent: grouped.reduce((sum, row) => sum + row._count._all, 0),
    byOutcome: outcomes.map((outcome) => ({ outcome, count: counts.get(outcome) ?? 0 })),
    open,
    medianDaysToResponse: median(answered.map((row) => daysBetween(row.sentAt, row.respondedAt as Date))),
  };
}
