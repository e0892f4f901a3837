import 'server-only';
import { db, Prisma } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ClaimDto, UpdateClaimInput } from '@/lib/validations/claim';
import { userNames } from '@/lib/server/users/user-names';
import { claimSelect, toClaimDto } from './claim-shape';
import { claimEventRows, type ClaimChange } from './record-events';
import { getClaim } from './get-claim';

type TextField = 'statement' | 'claimant' | 'explanation';
const textFields: readonly TextField[] = ['statement', 'claimant', 'explanation'];

async function staleVersionError(actor: Actor, claimId: string): Promise<AppError> {
  const current = await getClaim(actor, claimId);
  if (!current) return new AppError('not_found', 'Claim not found.');
  return new AppError('conflict', 'Someone else changed this claim first. Here is its current state.', {
    details: { current },
  });
}

/** The rating a verdict key names in the actor's workspace, and the key of the one it replaces. */
async function resolveVerdict(actor: Actor, key: string | null, previousRatingId: string | null) {
  const ids = previousRatingId ? [previousRatingId] : [];
  const ratings = await db.rating.findMany({
    where: { workspaceId: actor.workspaceId, OR: [{ id: { in: ids } }, ...(key ? [{ key }] : [])] },
    select: { id: true, key: true },
  });
  const previousKey = ratings.find((r) => r.id === previousRatingId)?.key ?? null;
  if (key === null) return { ratingId: null, previousKey };
  const rating = ratings.find((r) => r.key === key);
  if (!rating) {
    throw new AppError('unprocessable', `“${key}” is not a verdict of this workspace's rating scale.`, {
      fields: { verdict: ['Unknown verdict'] },
    });
  }
  return { ratingId: rating.id, previousKey };
}

/**
 * Changes a claim if it is still at the version the change was based on. The version check is
 * part of the UPDATE's WHERE, and the history rows are written in the same transaction, so two
 * editors can never both win and no change goes unrecorded.
 */
export async function updateClaim(actor: Actor, claimId: string, input: UpdateClaimInput): Promise<ClaimDto> {
  requirePermission(actor, 'claim.edit');
  if (input.status === 'published') requirePermission(actor, 'claim.publish');

  const before = await db.claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId, deletedAt: null },
    select: { version: true, status: true, ratingId: true, statement: true, claimant: true, explanation: true },
  });
  if (!before) throw new AppError('not_found', 'Claim not found.');
  if (before.version !== input.version) throw await staleVersionError(actor, claimId);

  const changes: ClaimChange[] = [];
  let ratingId = before.ratingId;
  if (input.verdict !== undefined) {
    const verdict = await resolveVerdict(actor, input.verdict, before.ratingId);
    if (verdict.ratingId !== before.ratingId) changes.push({ field: 'verdict', from: verdict.previousKey, to: input.verdict });
    ratingId = verdict.ratingId;
  }
  const status = input.status ?? before.status;
  if (status === 'published' && !ratingId) {
    throw new AppError('unprocessable', 'Set a verdict before publishing the claim.', {
      fields: { status: ['A published claim needs a verdict'] },
    });
  }
  if (status !== before.status) changes.unshift({ field: 'status', from: before.status, to: status });
  const data: Partial<Record<TextField, string>> = {};
  for (const field of textFields) {
    const value = input[field];
    if (value !== undefined && value !== before[field]) {
      data[field] = value;
      changes.push({ field, from: before[field], to: value });
    }
  }

  try {
    const [row] = await db.$transaction([
      db.claim.update({
        where: { id: claimId, workspaceId: actor.workspaceId, version: input.version, deletedAt: null },
        data: {
          ...data,
          status,
          ratingId,
          version: { increment: 1 },
          ...(status === 'published' && before.status !== 'published' ? { publishedAt: new Date() } : {}),
        },
        select: claimSelect,
      }),
      db.claimEvent.createMany({ data: claimEventRows(actor, claimId, 'updated', changes) }),
    ]);
    return toClaimDto(row, await userNames([row.createdById]));
  } catch (error) {
    // P2025: no row matched, i.e. someone changed (or deleted) the claim since we read it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025') {
      throw await staleVersionError(actor, claimId);
    }
    throw error;
  }
}
