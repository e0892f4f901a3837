import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ClaimDto, UpdateClaimInput } from '@/lib/validations/claim';
import { userNames } from '@/lib/server/users/user-names';
import { claimSelect, toClaimDto } from './claim-shape';
import { recordClaimEvents, type ClaimChange } from './record-events';
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

/**
 * Changes a claim if it is still at the version the change was based on: the version check and
 * the write are one UPDATE, so two editors can never both win.
 */
export async function updateClaim(actor: Actor, claimId: string, input: UpdateClaimInput): Promise<ClaimDto> {
  requirePermission(actor, 'claim.edit');
  if (input.status === 'published') requirePermission(actor, 'claim.publish');

  const before = await db.claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId, deletedAt: null },
    select: { version: true, status: true, ratingId: true, statement: true, claimant: true, explanation: true, rating: { select: { key: true } } },
  });
  if (!before) throw new AppError('not_found', 'Claim not found.');
  if (before.version !== input.version) throw await staleVersionError(actor, claimId);

  let ratingId = before.ratingId;
  if (input.verdict !== undefined) {
    if (input.verdict === null) ratingId = null;
    else {
      const rating = await db.rating.findUnique({
        where: { workspaceId_key: { workspaceId: actor.workspaceId, key: input.verdict } },
        select: { id: true },
      });
      if (!rating) {
        throw new AppError('unprocessable', `“${input.verdict}” is not a verdict of this workspace's rating scale.`, {
          fields: { verdict: ['Unknown verdict'] },
        });
      }
      ratingId = rating.id;
    }
  }
  const status = input.status ?? before.status;
  if (status === 'published' && !ratingId) {
    throw new AppError('unprocessable', 'Set a verdict before publishing the claim.', { fields: { status: ['A published claim needs a verdict'] } });
  }

  const changes: ClaimChange[] = [];
  if (status !== before.status) changes.push({ field: 'status', from: before.status, to: status });
  if (ratingId !== before.ratingId) changes.push({ field: 'verdict', from: before.rating?.key ?? null, to: input.verdict ?? null });
  const data: Partial<Record<TextField, string>> = {};
  for (const field of textFields) {
    const value = input[field];
    if (value !== undefined && value !== before[field]) {
      data[field] = value;
      changes.push({ field, from: before[field], to: value });
    }
  }

  const row = await db.$transaction(async (tx) => {
    const { count } = await tx.claim.updateMany({
      where: { id: claimId, workspaceId: actor.workspaceId, version: input.version, deletedAt: null },
      data: {
        ...data,
        status,
        ratingId,
        version: { increment: 1 },
        ...(status === 'published' && before.status !== 'published' ? { publishedAt: new Date() } : {}),
      },
    });
    if (count === 0) return null;
    if (changes.length) await recordClaimEvents(tx, actor, claimId, 'updated', changes);
    return tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: claimSelect });
  });
  if (!row) throw await staleVersionError(actor, claimId);
  return toClaimDto(row, await userNames([row.createdById]));
}
