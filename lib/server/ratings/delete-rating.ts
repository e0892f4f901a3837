import 'server-only';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { inScaleTransaction, recordRatingChange, renumber } from './scale-transaction';

/**
 * Deletes a verdict nobody ever used: no claim carries it (deleted claims included, they can be
 * restored) and no verdict change in any history names it. Otherwise 409: retire it instead.
 */
export async function deleteRating(actor: Actor, ratingId: string): Promise<void> {
  requirePermission(actor, 'workspace.manage');
  await inScaleTransaction(actor, async (tx, scale) => {
    const rating = scale.ratings.find((r) => r.id === ratingId);
    if (!rating) throw new AppError('not_found', 'Verdict not found.');
    const [claims, events] = await Promise.all([
      tx.claim.count({ where: { ratingId } }),
      tx.claimEvent.count({
        where: { workspaceId: actor.workspaceId, field: 'verdict', OR: [{ fromValue: rating.key }, { toValue: rating.key }] },
      }),
    ]);
    if (claims > 0 || events > 0) {
      throw new AppError('conflict', `“${rating.label}” is used by ${claims > 0 ? `${claims} claim${claims === 1 ? '' : 's'}` : 'the history of a claim'}: retire it instead, so it is no longer offered.`, {
        details: { reason: 'rating_in_use', usedBy: claims },
      });
    }
    await tx.rating.delete({ where: { id: ratingId } });
    await renumber(tx, scale.ratings.filter((r) => r.id !== ratingId));
    await recordRatingChange(tx, actor, { id: null, key: rating.key }, 'deleted', {
      label: { from: rating.label, to: null },
      value: { from: rating.value, to: null },
    });
  });
}
