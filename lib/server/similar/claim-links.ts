import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { LinkClaimInput, LinkedClaimDto } from '@/lib/validations/similar';
import { recordClaimEvents } from '@/lib/server/claims/record-events';

const linkedClaimSelect = {
  id: true,
  statement: true,
  exact: true,
  status: true,
  articleId: true,
  rating: { select: { label: true } },
} as const;

function shortText(statement: string, exact: string): string {
  const text = statement || exact;
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

/** The claims linked to this one as "same claim as", whichever side made the link. */
export async function listClaimLinks(actor: Actor, claimId: string): Promise<LinkedClaimDto[]> {
  requirePermission(actor, 'article.read');
  const claim = await db.claim.findFirst({ where: { id: claimId, workspaceId: actor.workspaceId }, select: { id: true } });
  if (!claim) throw new AppError('not_found', 'Claim not found.');
  const links = await db.claimLink.findMany({
    where: { workspaceId: actor.workspaceId, OR: [{ fromClaimId: claimId }, { toClaimId: claimId }] },
    orderBy: { createdAt: 'asc' },
    select: { createdAt: true, fromClaimId: true, fromClaim: { select: linkedClaimSelect }, toClaim: { select: linkedClaimSelect } },
  });
  return links.map((link) => {
    const other = link.fromClaimId === claimId ? link.toClaim : link.fromClaim;
    return {
      id: other.id,
      statement: shortText(other.statement, other.exact),
      verdict: other.rating?.label ?? null,
      status: other.status,
      articleId: other.articleId,
      linkedAt: link.createdAt.toISOString(),
    };
  });
}

/**
 * Links this claim to an earlier one as "same claim as": one row for the pair, and an event in
 * both timelines so each claim's history says who linked it to what. Linking a pair again (from
 * either side) changes nothing.
 */
export async function linkClaims(actor: Actor, claimId: string, input: LinkClaimInput): Promise<LinkedClaimDto[]> {
  requirePermission(actor, 'claim.edit');
  if (input.claimId === claimId) {
    throw new AppError('unprocessable', 'A claim cannot be linked to itself.', { fields: { claimId: ['Choose another claim'] } });
  }
  const claims = await db.claim.findMany({
    where: { id: { in: [claimId, input.claimId] }, workspaceId: actor.workspaceId, deletedAt: null },
    select: { id: true, statement: true, exact: true },
  });
  const self = claims.find((c) => c.id === claimId);
  const other = claims.find((c) => c.id === input.claimId);
  if (!self) throw new AppError('not_found', 'Claim not found.');
  if (!other) throw new AppError('unprocessable', 'The claim to link is not in this workspace.', { fields: { claimId: ['No such claim here'] } });

  const existing = await db.claimLink.findFirst({
    where: { OR: [{ fromClaimId: claimId, toClaimId: other.id }, { fromClaimId: other.id, toClaimId: claimId }] },
    select: { id: true },
  });
  if (!existing) {
    await db.$transaction(async (tx) => {
      // A concurrent link of the same pair from this side hits the unique index: nothing half-written.
      await tx.claimLink.create({ data: { workspaceId: actor.workspaceId, fromClaimId: claimId, toClaimId: other.id, createdById: actor.userId } });
      await recordClaimEvents(tx, actor, claimId, 'linked', [{ field: 'same_claim_as', from: null, to: shortText(other.statement, other.exact) }]);
      await recordClaimEvents(tx, actor, other.id, 'linked', [{ field: 'same_claim_as', from: null, to: shortText(self.statement, self.exact) }]);
    });
  }
  return listClaimLinks(actor, claimId);
}
