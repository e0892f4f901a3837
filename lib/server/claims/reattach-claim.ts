import 'server-only';
import { requireLatestVersion } from '@/lib/server/articles/latest-version';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ClaimDto } from '@/lib/validations/claim';
import type { ReattachClaimInput } from '@/lib/validations/article-version';
import { userNames } from '@/lib/server/users/user-names';
import { createOffsetIndex, describeRange } from '@/lib/core/anchoring';
import { claimSelect, toClaimDto } from './claim-shape';
import { recordClaimEvents } from './record-events';
import { clearOrphanNote } from './orphan-notes';
import { can } from '@/lib/core/permissions/permissions';
import { publishedClaimLocked } from '@/lib/core/review/claim-review-rules';

function unplaceable(message: string, reason: string): AppError {
  return new AppError('unprocessable', message, { fields: { selector: [message] }, details: { reason } });
}

/**
 * An editor re-attaches an orphan (a claim whose words the story lost) to text they selected in
 * the current version. Only orphans: an anchored claim is where its words are, and moving it
 * by hand would hide that the words are still there. A published verdict's words are public,
 * so re-attaching one needs claim.publish, like any other change to it.
 */
export async function reattachClaim(actor: Actor, claimId: string, input: ReattachClaimInput): Promise<ClaimDto> {
  requirePermission(actor, 'claim.edit');
  const claim = await db.claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId, deletedAt: null },
    select: { id: true, articleId: true, anchorState: true, exact: true, version: true, status: true },
  });
  if (!claim) throw new AppError('not_found', 'Claim not found.');
  // The quoted words show on a published verdict's public page: moving them is an editor's call.
  if (publishedClaimLocked(claim.status, can(actor.role, 'claim.publish'))) {
    throw new AppError('forbidden', 'This verdict is published: only an editor or admin can re-attach it to other words.', {
      details: { reason: 'published' },
    });
  }
  if (claim.anchorState !== 'orphaned') throw new AppError('conflict', 'This claim is attached to the text already.');
  if (input.version !== undefined && input.version !== claim.version) {
    throw new AppError('conflict', 'Someone changed this claim meanwhile; look at it again before re-attaching it.');
  }
  const latest = await requireLatestVersion(actor, claim.articleId);

  const index = createOffsetIndex(latest.text);
  if (input.selector.end > index.codePointLength) {
    throw unplaceable(`The position is outside the article (it has ${index.codePointLength} characters).`, 'out_of_range');
  }
  const start = index.toUtf16(input.selector.start);
  const end = index.toUtf16(input.selector.end);
  if (input.exact !== undefined && latest.text.slice(start, end) !== input.exact) {
    throw unplaceable('The text at that position does not match the selection.', 'mismatch');
  }
  const described = describeRange(latest.text, start, end, index);
  if (!described.ok) throw unplaceable(described.message, described.reason);
  const { position, quote } = described;

  const row = await db.$transaction(async (tx) => {
    const updated = await tx.claim.updateMany({
      where: { id: claim.id, version: claim.version, anchorState: 'orphaned' },
      data: {
        articleVersionId: latest.id,
        start: position.start,
        end: position.end,
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        anchorState: 'anchored',
        anchorMethod: 'manual',
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new AppError('conflict', 'Someone changed this claim meanwhile; look at it again before re-attaching it.');
    await clearOrphanNote(tx, claim.id);
    await recordClaimEvents(tx, actor, claim.id, 'reanchored', [
      { field: 'anchor', from: 'orphaned', to: 'manual' },
      { field: 'quote', from: claim.exact, to: quote.exact },
    ]);
    return tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: claimSelect });
  });
  return toClaimDto(row, await userNames([row.createdById]));
}
