import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ClaimEventDto } from '@/lib/validations/claim';

export async function listClaimHistory(actor: Actor, claimId: string): Promise<ClaimEventDto[]> {
  requirePermission(actor, 'article.read');
  const claim = await db.claim.findFirst({ where: { id: claimId, workspaceId: actor.workspaceId }, select: { id: true } });
  if (!claim) throw new AppError('not_found', 'Claim not found.');
  const events = await db.claimEvent.findMany({
    where: { claimId, workspaceId: actor.workspaceId },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: 500,
    select: { id: true, at: true, actorName: true, kind: true, field: true, fromValue: true, toValue: true, reason: true },
  });
  return events.map((e) => ({
    id: e.id,
    at: e.at.toISOString(),
    actor: e.actorName,
    kind: e.kind,
    field: e.field,
    from: e.fromValue,
    to: e.toValue,
    reason: e.reason,
  }));
}
