import 'server-only';
import { db, Prisma } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ClaimDto, SendBackClaimInput } from '@/lib/validations/claim';
import { userNames } from '@/lib/server/users/user-names';
import { commentData } from '@/lib/server/comments/create-comment';
import { mentionEvent, notificationRows } from '@/lib/server/notifications/notification-rows';
import { claimSelect, claimUserIds, toClaimDto } from './claim-shape';
import { claimEventRows } from './record-events';
import { staleVersionError } from './update-claim';

/**
 * A reviewer returns a proposed verdict for more work: back to researching, with a comment that
 * says why. The comment lands in the timeline (where @mentions reach people) and its text is the
 * `sent_back` event's reason, all in one transaction with the version check, as are the
 * notifications: the proposer hears it was sent back (with the comment), anyone mentioned too.
 */
export async function sendBackClaim(actor: Actor, claimId: string, input: SendBackClaimInput): Promise<ClaimDto> {
  requirePermission(actor, 'claim.publish');
  const before = await db.claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId, deletedAt: null },
    select: { version: true, status: true, articleId: true, statement: true, exact: true, proposedById: true },
  });
  if (!before) throw new AppError('not_found', 'Claim not found.');
  if (before.version !== input.version) throw await staleVersionError(actor, claimId);
  if (before.status !== 'needs_review') {
    throw new AppError('unprocessable', 'Only a claim that needs review can be sent back.', { fields: { status: ['The claim is not awaiting review'] } });
  }

  const comment = await commentData(actor, claimId, input.comment);
  const about = { claimId, articleId: before.articleId, excerpt: before.statement || before.exact };
  try {
    const [row] = await db.$transaction([
      db.claim.update({
        where: { id: claimId, workspaceId: actor.workspaceId, version: input.version, deletedAt: null },
        data: { status: 'researching', version: { increment: 1 } },
        select: claimSelect,
      }),
      db.claimEvent.createMany({
        data: claimEventRows(actor, claimId, 'sent_back', [{ field: 'status', from: 'needs_review', to: 'researching', reason: input.comment }]),
      }),
      db.comment.create({ data: comment, select: { id: true } }),
      db.notification.createMany({
        data: notificationRows(actor, [
          { kind: 'proposal_sent_back', recipients: [before.proposedById], ...about, comment: input.comment },
          mentionEvent(comment.mentions.filter((id) => id !== before.proposedById), about),
        ]),
      }),
    ]);
    return toClaimDto(row, await userNames(claimUserIds(row)));
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025') throw await staleVersionError(actor, claimId);
    throw error;
  }
}
