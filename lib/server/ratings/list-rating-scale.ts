import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { RatingChangeDto, RatingScaleDto, ScaleRatingDto } from '@/lib/validations/rating';
import { scaleRatingSelect, type ScaleRow } from './scale-transaction';

export function toScaleRatingDto(row: ScaleRow, usedBy: number): ScaleRatingDto {
  return {
    id: row.id,
    key: row.key,
    label: row.label,
    description: row.description,
    value: row.value,
    color: row.color,
    position: row.position,
    retired: row.retiredAt !== null,
    usedBy,
  };
}

/** The whole scale for its settings: retired verdicts too, and how many claims carry each. */
export async function listRatingScale(actor: Actor): Promise<RatingScaleDto> {
  requirePermission(actor, 'workspace.manage');
  const [workspace, ratings] = await Promise.all([
    db.workspace.findUnique({ where: { id: actor.workspaceId }, select: { ratingWorst: true, ratingBest: true } }),
    db.rating.findMany({
      where: { workspaceId: actor.workspaceId },
      orderBy: [{ position: 'asc' }, { key: 'asc' }],
      select: { ...scaleRatingSelect, _count: { select: { claims: true } } },
    }),
  ]);
  if (!workspace) throw new AppError('not_found', 'Workspace not found.');
  return {
    worst: workspace.ratingWorst,
    best: workspace.ratingBest,
    ratings: ratings.map(({ _count, ...row }) => toScaleRatingDto(row, _count.claims)),
  };
}

/** Every recorded change to the scale, newest first (the last 200). */
export async function listRatingChanges(actor: Actor): Promise<RatingChangeDto[]> {
  requirePermission(actor, 'workspace.manage');
  const rows = await db.ratingChange.findMany({
    where: { workspaceId: actor.workspaceId },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: 200,
  });
  return rows.map((row) => ({
    id: row.id,
    ratingKey: row.ratingKey,
    action: row.action as RatingChangeDto['action'],
    changes: row.changes as RatingChangeDto['changes'],
    actor: row.actorName,
    at: row.at.toISOString(),
  }));
}
