import 'server-only';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import type { ClaimShareLinkRow, CorrectionEventRow } from '@/lib/core/exports';

/**
 * The rows behind an article's review trail, in two queries whatever the number of claims: the
 * corrections of its claims and the live public links of its claims. The caller has checked that
 * the actor may read the article; both are scoped to the actor's workspace all the same.
 */
export async function loadReviewTrail(
  actor: Actor,
  articleId: string,
  now: Date,
): Promise<{ corrections: CorrectionEventRow[]; shareLinks: ClaimShareLinkRow[] }> {
  const [corrections, shareLinks] = await Promise.all([
    db.claimEvent.findMany({
      where: { workspaceId: actor.workspaceId, kind: 'corrected', claim: { articleId, workspaceId: actor.workspaceId } },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
      select: { claimId: true, at: true, actorName: true, field: true, fromValue: true, toValue: true, reason: true },
    }),
    // Only dates: the token itself is not stored (decision 010), so a report cannot print the link.
    db.shareLink.findMany({
      where: { workspaceId: actor.workspaceId, articleId, kind: 'claim', revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      select: { claimId: true, createdAt: true, expiresAt: true, revokedAt: true },
    }),
  ]);
  return { corrections, shareLinks };
}
