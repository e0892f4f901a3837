import 'server-only';
import { db, type Prisma } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { EvidenceDto } from '@/lib/validations/evidence';
import { addEvidenceInputSchema, updateEvidenceInputSchema } from '@/lib/validations/evidence';
import type { z } from 'zod';
import { evidenceSelect, toEvidenceDto } from '@/lib/server/claims/claim-shape';
import { recordClaimEvents } from '@/lib/server/claims/record-events';
import { can } from '@/lib/core/permissions/permissions';
import { publishedClaimLocked } from '@/lib/core/review/claim-review-rules';
import type { ClaimStatusValue } from '@/lib/validations/claim';
import { insertJob, queueArchive } from '@/lib/server/evidence-archive/queue-archive';

type AddInput = z.output<typeof addEvidenceInputSchema>;
type UpdateInput = z.output<typeof updateEvidenceInputSchema>;

async function requireLiveClaim(actor: Actor, claimId: string): Promise<{ status: ClaimStatusValue }> {
  const claim = await db.claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId, deletedAt: null },
    select: { status: true },
  });
  if (!claim) throw new AppError('not_found', 'Claim not found.');
  return claim;
}

/**
 * A published verdict's sources are part of what readers see (public pages, exports): like its
 * verdict and explanation, only an editor or admin changes them (review gate, decision 009).
 */
function requireMayChangeSources(actor: Actor, status: ClaimStatusValue): void {
  if (publishedClaimLocked(status, can(actor.role, 'claim.publish'))) {
    throw new AppError('forbidden', 'This verdict is published: only an editor or admin can change its sources.', {
      details: { reason: 'published' },
    });
  }
}

/**
 * The same check again inside the write's transaction, with the claim's row locked against an
 * approval committing in between (FOR SHARE: other source edits may run alongside, a status
 * change waits). Editors and admins may change sources in any status, so they skip it.
 */
async function recheckSourcesMayChange(tx: Prisma.TransactionClient, actor: Actor, claimId: string): Promise<void> {
  if (can(actor.role, 'claim.publish')) return;
  const [claim] = await tx.$queryRaw<{ status: ClaimStatusValue }[]>`
    SELECT status::text AS status FROM claim WHERE id = ${claimId} AND "deletedAt" IS NULL FOR SHARE`;
  if (!claim) throw new AppError('not_found', 'Claim not found.');
  requireMayChangeSources(actor, claim.status);
}

// Sources show on public verdict pages: a change to them reaches this instance's cached pages at
// once (memory only; other instances within the cache's 30 s), as a verdict change does.
const withClaimStatus = { ...evidenceSelect, claim: { select: { status: true } } } as const;

function describe(e: { url: string; stance: string }): string {
  return `${e.stance}: ${e.url}`;
}

export async function addEvidence(actor: Actor, claimId: string, input: AddInput): Promise<EvidenceDto> {
  requirePermission(actor, 'evidence.edit');
  const { status } = await requireLiveClaim(actor, claimId);
  requireMayChangeSources(actor, status);
  const row = await db.$transaction(async (tx) => {
    await recheckSourcesMayChange(tx, actor, claimId);
    const created = await tx.evidence.create({
      data: {
        claimId,
        workspaceId: actor.workspaceId,
        url: input.url,
        title: input.title ?? '',
        publisher: input.publisher ?? '',
        passage: input.passage ?? '',
        stance: input.stance,
        accessedAt: input.accessedAt ?? null,
        createdById: actor.userId,
      },
      select: evidenceSelect,
    });
    await recordClaimEvents(tx, actor, claimId, 'evidence_added', [{ field: 'evidence', from: null, to: describe(created) }]);
    // A copy of the source is archived in the background (decision 038).
    await queueArchive(tx, { workspaceId: actor.workspaceId, evidenceId: created.id, url: created.url });
    return created;
  });
  return toEvidenceDto(row);
}

export async function updateEvidence(actor: Actor, evidenceId: string, input: UpdateInput): Promise<EvidenceDto> {
  requirePermission(actor, 'evidence.edit');
  const before = await db.evidence.findFirst({
    where: { id: evidenceId, workspaceId: actor.workspaceId, claim: { deletedAt: null } },
    select: withClaimStatus,
  });
  if (!before) throw new AppError('not_found', 'Evidence not found.');
  requireMayChangeSources(actor, before.claim.status);
  const row = await db.$transaction(async (tx) => {
    await recheckSourcesMayChange(tx, actor, before.claimId);
    const updated = await tx.evidence.update({ where: { id: evidenceId }, data: input, select: evidenceSelect });
    await recordClaimEvents(tx, actor, before.claimId, 'evidence_updated', [
      { field: 'evidence', from: describe(before), to: describe(updated) },
    ]);
    // A new link is archived afresh; a new passage is looked for again in the copy (decision 038).
    const job = { workspaceId: actor.workspaceId, evidenceId, url: updated.url };
    if (updated.url !== before.url) await queueArchive(tx, job);
    else if (updated.passage !== before.passage) await insertJob(tx, { ...job, mode: 'relocate' });
    return updated;
  });
  return toEvidenceDto(row);
}

export async function removeEvidence(actor: Actor, evidenceId: string): Promise<void> {
  requirePermission(actor, 'evidence.edit');
  const before = await db.evidence.findFirst({
    where: { id: evidenceId, workspaceId: actor.workspaceId, claim: { deletedAt: null } },
    select: withClaimStatus,
  });
  if (!before) throw new AppError('not_found', 'Evidence not found.');
  requireMayChangeSources(actor, before.claim.status);
  await db.$transaction(async (tx) => {
    await recheckSourcesMayChange(tx, actor, before.claimId);
    await tx.evidence.delete({ where: { id: evidenceId } });
    await recordClaimEvents(tx, actor, before.claimId, 'evidence_removed', [{ field: 'evidence', from: describe(before), to: null }]);
  });
}
