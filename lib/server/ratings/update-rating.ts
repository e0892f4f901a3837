import 'server-only';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ScaleRatingDto, UpdateRatingInput } from '@/lib/validations/rating';
import { toScaleRatingDto } from './list-rating-scale';
import { assertValidScale, inScaleTransaction, recordRatingChange, renumber, scaleRatingSelect, toScaleRating } from './scale-transaction';

const editable = ['label', 'description', 'value', 'color'] as const;

/**
 * Changes a verdict's wording, number, colour or place, or retires it (no longer offered; kept on
 * its claims) or offers it again. Checked against the whole scale it leaves; recorded with what
 * changed. Published verdicts keep what they were published with (their snapshot, decision 040).
 */
export async function updateRating(actor: Actor, ratingId: string, input: UpdateRatingInput): Promise<ScaleRatingDto> {
  requirePermission(actor, 'workspace.manage');
  return inScaleTransaction(actor, async (tx, scale) => {
    const index = scale.ratings.findIndex((r) => r.id === ratingId);
    const before = scale.ratings[index];
    if (!before) throw new AppError('not_found', 'Verdict not found.');
    const after = { ...before };
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const field of editable) {
      const value = input[field];
      if (value !== undefined && value !== before[field]) {
        changes[field] = { from: before[field], to: value };
        (after as Record<string, unknown>)[field] = value;
      }
    }
    const retire = input.retired !== undefined && input.retired !== (before.retiredAt !== null) ? input.retired : undefined;
    if (retire !== undefined) after.retiredAt = retire ? new Date() : null;
    const ordered = scale.ratings.filter((r) => r.id !== ratingId);
    const at = input.position === undefined ? index : Math.min(input.position, ordered.length);
    ordered.splice(at, 0, after);
    if (at !== index) changes.position = { from: index, to: at };
    if (Object.keys(changes).length === 0 && retire === undefined) return toScaleRatingDto(before, await usage(tx, ratingId));
    assertValidScale(scale, ordered.map(toScaleRating), before.key);
    const updated = await tx.rating.update({
      where: { id: ratingId },
      data: { label: after.label, description: after.description, value: after.value, color: after.color, retiredAt: after.retiredAt },
      select: scaleRatingSelect,
    });
    await renumber(tx, ordered);
    if (Object.keys(changes).length > 0) await recordRatingChange(tx, actor, before, 'updated', changes);
    if (retire !== undefined) {
      await recordRatingChange(tx, actor, before, retire ? 'retired' : 'restored', { retired: { from: !retire, to: retire } });
    }
    return toScaleRatingDto({ ...updated, position: at }, await usage(tx, ratingId));
  });
}

function usage(tx: Parameters<Parameters<typeof inScaleTransaction>[1]>[0], ratingId: string): Promise<number> {
  return tx.claim.count({ where: { ratingId } });
}
