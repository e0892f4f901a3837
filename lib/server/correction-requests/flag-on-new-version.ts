import 'server-only';
import type { Prisma } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { flagReasonFor, passageKept } from '@/lib/core/correction-requests/correction-requests';
import { recordRequestEvents } from './record-request-events';

/**
 * The hook of the version flow (check for changes, decision 013): called once in its transaction,
 * after the claims were re-anchored on the new version. Each open request whose claim was
 * orphaned, had its words changed, or had the text around them rewritten (compared with the
 * previous version) gets the flag "publisher may have corrected: confirm", with the reason and
 * the version number, and a `flagged` history event. Claims without an open request cost one
 * indexed query and nothing else.
 */
export async function flagCorrectionRequestsOnNewVersion(
  tx: Prisma.TransactionClient,
  actor: Pick<Actor, 'userId' | 'userName' | 'workspaceId'>,
  articleId: string,
  versionId: string,
): Promise<void> {
  const claims = await tx.claim.findMany({
    where: { articleId, deletedAt: null, correctionRequests: { some: { outcome: 'pending' } } },
    select: { id: true, anchorState: true, anchorMethod: true, articleVersionId: true, prefix: true, exact: true, suffix: true },
  });
  if (claims.length === 0) return;
  const version = await tx.articleVersion.findUnique({ where: { id: versionId }, select: { number: true } });
  const previous = version
    ? await tx.articleVersion.findFirst({ where: { articleId, number: { lt: version.number } }, orderBy: { number: 'desc' }, select: { text: true } })
    : null;
  const flaggedAt = new Date();
  for (const claim of claims) {
    const onNewVersion = claim.articleVersionId === versionId;
    const contextKept = onNewVersion && previous !== null && passageKept(previous.text, claim);
    const reason = flagReasonFor({ ...claim, onNewVersion, contextKept });
    if (!reason) continue;
    const requests = await tx.correctionRequest.findMany({
      where: { claimId: claim.id, outcome: 'pending' },
      select: { id: true, flagReason: true },
    });
    await tx.correctionRequest.updateMany({
      where: { claimId: claim.id, outcome: 'pending' },
      data: { flaggedAt, flagReason: reason, flagVersion: version?.number ?? null, version: { increment: 1 } },
    });
    for (const request of requests) {
      await recordRequestEvents(tx, actor, request.id, 'flagged', [{ field: 'flag', from: request.flagReason, to: reason }]);
    }
  }
}
