import 'server-only';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { keyForLabel } from '@/lib/core/rating-scale/scale-rules';
import type { CreateRatingInput, ScaleRatingDto } from '@/lib/validations/rating';
import { toScaleRatingDto } from './list-rating-scale';
import { assertValidScale, inScaleTransaction, recordRatingChange, renumber, scaleRatingSelect, toScaleRating, type ScaleRow } from './scale-transaction';

/**
 * Where a new verdict goes when no place is given: an on-scale one before the first offered
 * verdict that is less true, an outcome off the scale at the end.
 */
function defaultPosition(ratings: ScaleRow[], value: number | null): number {
  if (value === null) return ratings.length;
  const lessTrue = ratings.findIndex((r) => r.retiredAt === null && r.value !== null && r.value < value);
  if (lessTrue >= 0) return lessTrue;
  const lastOnScale = ratings.findLastIndex((r) => r.value !== null);
  return lastOnScale + 1;
}

export async function createRating(actor: Actor, input: CreateRatingInput): Promise<ScaleRatingDto> {
  requirePermission(actor, 'workspace.manage');
  return inScaleTransaction(actor, async (tx, scale) => {
    const key = keyForLabel(input.label, new Set(scale.ratings.map((r) => r.key)));
    const fields = { key, label: input.label, description: input.description, value: input.value, color: input.color };
    const at = Math.min(input.position ?? defaultPosition(scale.ratings, input.value), scale.ratings.length);
    const proposed = [...scale.ratings.map(toScaleRating)];
    proposed.splice(at, 0, { ...fields, retired: false });
    assertValidScale(scale, proposed, key);
    const created = await tx.rating.create({
      data: { workspaceId: actor.workspaceId, ...fields, position: at },
      select: scaleRatingSelect,
    });
    const ordered = [...scale.ratings];
    ordered.splice(at, 0, created);
    await renumber(tx, ordered);
    await recordRatingChange(tx, actor, created, 'created', {
      label: { from: null, to: created.label },
      description: { from: null, to: created.description },
      value: { from: null, to: created.value },
      color: { from: null, to: created.color },
      position: { from: null, to: at },
    });
    return toScaleRatingDto({ ...created, position: at }, 0);
  });
}
