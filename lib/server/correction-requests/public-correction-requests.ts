import 'server-only';
import { db } from '@/lib/server/db/client';
import type { PublicCorrectionRequest } from '@/lib/core/correction-requests/public-view';

/**
 * The correction requests of these claims as readers see them (review report, public verdict
 * page): whom, how, when, outcome, correction link, in the order sent. The select names only
 * those columns: the internal note, the request's text and answer never leave the database here.
 * No actor: callers have scoped the claims already (a member's workspace, or a live share link's).
 */
export async function readPublicCorrectionRequests(workspaceId: string, claimIds: readonly string[]): Promise<Map<string, PublicCorrectionRequest[]>> {
  const byClaim = new Map<string, PublicCorrectionRequest[]>();
  if (claimIds.length === 0) return byClaim;
  const rows = await db.correctionRequest.findMany({
    where: { workspaceId, claimId: { in: [...claimIds] } },
    orderBy: [{ sentAt: 'asc' }, { id: 'asc' }],
    select: { claimId: true, recipientKind: true, recipientName: true, channel: true, sentAt: true, outcome: true, respondedAt: true, correctionUrl: true },
  });
  for (const row of rows) {
    const list = byClaim.get(row.claimId) ?? [];
    list.push({
      recipientKind: row.recipientKind,
      recipientName: row.recipientName,
      channel: row.channel,
      sentAt: row.sentAt.toISOString(),
      outcome: row.outcome,
      respondedAt: row.respondedAt?.toISOString() ?? null,
      correctionUrl: row.correctionUrl,
    });
    byClaim.set(row.claimId, list);
  }
  return byClaim;
}
