import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ClaimDto } from '@/lib/validations/claim';
import type { CopyVerdictInput } from '@/lib/validations/similar';
import { getClaim } from '@/lib/server/claims/get-claim';
import { claimEventRows } from '@/lib/server/claims/record-events';
import { updateClaim } from '@/lib/server/claims/update-claim';

/**
 * Reuses the research of a linked claim: its verdict and explanation become this claim's
 * proposal (needs review, proposed by the actor) through the ordinary update, so the review gate
 * of decision 009 decides as for any proposal, and its evidence is copied after the gate agreed.
 * Only from a claim linked as "same claim as": the link is the checker's judgement that they match.
 */
export async function copyLinkedVerdict(actor: Actor, claimId: string, input: CopyVerdictInput): Promise<ClaimDto> {
  requirePermission(actor, 'claim.edit');
  const link = await db.claimLink.findFirst({
    where: {
      workspaceId: actor.workspaceId,
      OR: [{ fromClaimId: claimId, toClaimId: input.fromClaimId }, { fromClaimId: input.fromClaimId, toClaimId: claimId }],
    },
    select: { id: true },
  });
  if (!link) {
    throw new AppError('unprocessable', 'Link the two claims as "same claim as" before copying a verdict.', { fields: { fromClaimId: ['Not linked to this claim'] } });
  }
  const source = await db.claim.findFirst({
    where: { id: input.fromClaimId, workspaceId: actor.workspaceId, deletedAt: null },
    select: {
      statement: true,
      explanation: true,
      rating: { select: { id: true, key: true, label: true, retiredAt: true } },
      evidence: { select: { url: true, title: true, publisher: true, passage: true, stance: true, accessedAt: true }, orderBy: { createdAt: 'asc' } },
    },
  });
  if (!source) throw new AppError('unprocessable', 'The linked claim no longer exists.', { fields: { fromClaimId: ['Deleted'] } });
  if (!source.rating) {
    throw new AppError('unprocessable', 'The linked claim has no verdict to copy yet.', { fields: { fromClaimId: ['No verdict'] } });
  }

  // A retired verdict stays on the claims that carry it but is not given to another (decision 040).
  if (source.rating.retiredAt) {
    const target = await db.claim.findFirst({ where: { id: claimId, workspaceId: actor.workspaceId }, select: { ratingId: true } });
    if (target?.ratingId !== source.rating.id) {
      throw new AppError('unprocessable', `The linked claim's verdict “${source.rating.label}” is retired from the rating scale, so it cannot be copied. Choose a verdict the scale offers.`, {
        fields: { fromClaimId: ['Its verdict is retired'] },
      });
    }
  }

  await updateClaim(actor, claimId, {
    version: input.version,
    verdict: source.rating.key,
    explanation: source.explanation,
    status: 'needs_review',
  });
  if (source.evidence.length > 0) {
    await db.$transaction([
      db.evidence.createMany({ data: source.evidence.map((e) => ({ ...e, claimId, workspaceId: actor.workspaceId, createdById: actor.userId })) }),
      db.claimEvent.createMany({
        data: claimEventRows(actor, claimId, 'evidence_added', source.evidence.map((e) => ({
          field: 'evidence', from: null, to: `${e.stance}: ${e.url}`, reason: 'Copied from a linked claim',
        }))),
      }),
    ]);
  }
  const claim = await getClaim(actor, claimId);
  if (!claim) throw new AppError('not_found', 'Claim not found.');
  return claim;
}
