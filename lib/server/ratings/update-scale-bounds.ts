import 'server-only';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { boundsProblems } from '@/lib/core/rating-scale/scale-rules';
import type { RatingScaleDto, UpdateScaleBoundsInput } from '@/lib/validations/rating';
import { listRatingScale } from './list-rating-scale';
import { inScaleTransaction, recordRatingChange } from './scale-transaction';

/**
 * Moves the scale's ends (ClaimReview worstRating/bestRating). Refused (422, naming them) while a
 * verdict's value would fall outside: the admin revalues those first, so nothing is re-rated
 * behind their back. Published verdicts keep the ends they were published with (their snapshot,
 * decision 040); the next publication or correction takes the new ones.
 */
export async function updateScaleBounds(actor: Actor, input: UpdateScaleBoundsInput): Promise<RatingScaleDto> {
  requirePermission(actor, 'workspace.manage');
  await inScaleTransaction(actor, async (tx, scale) => {
    const next = { worst: input.worst ?? scale.worst, best: input.best ?? scale.best };
    if (next.worst === scale.worst && next.best === scale.best) return;
    const usage = await tx.claim.groupBy({ by: ['ratingId'], where: { workspaceId: actor.workspaceId, ratingId: { not: null } }, _count: true });
    const count = new Map(usage.map((row) => [row.ratingId, row._count]));
    const usedBy = new Map(scale.ratings.map((r) => [r.key, count.get(r.id) ?? 0]));
    const problems = boundsProblems(next, scale.ratings, usedBy);
    if (problems.length > 0) {
      const fields: Record<string, string[]> = {};
      for (const p of problems) (fields[p.field] ??= []).push(p.message);
      throw new AppError('unprocessable', problems.map((p) => p.message).join(' '), { fields, details: { problems } });
    }
    await tx.workspace.update({ where: { id: actor.workspaceId }, data: { ratingWorst: next.worst, ratingBest: next.best } });
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (next.worst !== scale.worst) changes.worst = { from: scale.worst, to: next.worst };
    if (next.best !== scale.best) changes.best = { from: scale.best, to: next.best };
    // A change of the whole scale names no verdict.
    await recordRatingChange(tx, actor, { id: null, key: '' }, 'rescaled', changes);
  });
  return listRatingScale(actor);
}
