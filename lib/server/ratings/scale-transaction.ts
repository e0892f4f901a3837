import 'server-only';
import { db, type Prisma } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import { scaleProblems, type ScaleRating } from '@/lib/core/rating-scale/scale-rules';
import type { Actor } from '@/lib/server/actor';
import type { RatingChangeDto } from '@/lib/validations/rating';

type RatingChangeAction = RatingChangeDto['action'];

export type Tx = Prisma.TransactionClient;

export const scaleRatingSelect = {
  id: true,
  key: true,
  label: true,
  description: true,
  value: true,
  color: true,
  position: true,
  retiredAt: true,
} as const satisfies Prisma.RatingSelect;

export type ScaleRow = Prisma.RatingGetPayload<{ select: typeof scaleRatingSelect }>;

export type LockedScale = { worst: number; best: number; ratings: ScaleRow[] };

/**
 * Runs one scale edit with the workspace row locked, so two admins' edits are checked one after
 * the other against the scale each leaves (decision 040).
 */
export function inScaleTransaction<T>(actor: Actor, work: (tx: Tx, scale: LockedScale) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    const [workspace] = await tx.$queryRaw<{ ratingWorst: number; ratingBest: number }[]>`
      SELECT "ratingWorst", "ratingBest" FROM workspace WHERE id = ${actor.workspaceId} FOR UPDATE`;
    if (!workspace) throw new AppError('not_found', 'Workspace not found.');
    const ratings = await tx.rating.findMany({
      where: { workspaceId: actor.workspaceId },
      orderBy: [{ position: 'asc' }, { key: 'asc' }],
      select: scaleRatingSelect,
    });
    return work(tx, { worst: workspace.ratingWorst, best: workspace.ratingBest, ratings });
  });
}

export function toScaleRating(row: Pick<ScaleRow, 'key' | 'label' | 'description' | 'value' | 'color' | 'retiredAt'>): ScaleRating {
  return { key: row.key, label: row.label, description: row.description, value: row.value, color: row.color, retired: row.retiredAt !== null };
}

/** Refuses a scale that breaks the rules (422 with the fields), so nothing is written. */
export function assertValidScale(scale: { worst: number; best: number }, ratings: ScaleRating[], editedKey: string): void {
  const problems = scaleProblems(scale, ratings);
  if (problems.length === 0) return;
  // The edited verdict's own problems first: they are what the admin just typed.
  const ordered = [...problems.filter((p) => p.key === editedKey), ...problems.filter((p) => p.key !== editedKey)];
  const fields: Record<string, string[]> = {};
  for (const p of ordered) (fields[p.field] ??= []).push(p.message);
  throw new AppError('unprocessable', ordered[0]!.message, { fields, details: { problems: ordered } });
}

/** Positions 0..n-1 for the scale in the given order; only the rows whose place moved are written. */
export async function renumber(tx: Tx, ordered: readonly { id: string; position: number }[]): Promise<void> {
  for (const [index, row] of ordered.entries()) {
    if (row.position !== index) await tx.rating.update({ where: { id: row.id }, data: { position: index } });
  }
}

export async function recordRatingChange(
  tx: Tx,
  actor: Actor,
  rating: { id: string | null; key: string },
  action: RatingChangeAction,
  changes: Record<string, { from: unknown; to: unknown }>,
): Promise<void> {
  await tx.ratingChange.create({
    data: {
      workspaceId: actor.workspaceId,
      ratingId: rating.id,
      ratingKey: rating.key,
      action,
      changes: changes as Prisma.InputJsonValue,
      actorId: actor.userId,
      actorName: actor.userName,
    },
  });
}
