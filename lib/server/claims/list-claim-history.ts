import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ClaimEventDto } from '@/lib/validations/claim';
import type { PageQuery } from '@/lib/validations/pagination';
import { afterCursor, pageOrder, toPage, type Page } from '@/lib/server/pagination/keyset';

/** One page of a claim's history, newest first; the cursor leads to older events. */
export async function listClaimHistory(actor: Actor, claimId: string, query: PageQuery): Promise<Page<ClaimEventDto>> {
  requirePermission(actor, 'article.read');
  const claim = await db.claim.findFirst({ where: { id: claimId, workspaceId: actor.workspaceId }, select: { id: true } });
  if (!claim) throw new AppError('not_found', 'Claim not found.');
  const rows = await db.claimEvent.findMany({
    where: { claimId, workspaceId: actor.workspaceId, ...afterCursor('at', 'desc', query.cursor) },
    ...pageOrder('at', 'desc', query),
    select: { id: true, at: true, actorName: true, kind: true, field: true, fromValue: true, toValue: true, reason: true },
  });
  const page = toPage(rows, query, (row) => row.at);
  const items = page.items.map((e) => ({
    id: e.id,
    at: e.at.toISOString(),
    actor: e.actorName,
    kind: e.kind,
    field: e.field,
    from: e.fromValue,
    to: e.toValue,
    reason: e.reason,
  }));
  return { items, nextCursor: page.nextCursor };
}
