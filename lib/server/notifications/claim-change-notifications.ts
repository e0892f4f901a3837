import 'server-only';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import type { ReviewStep } from '@/lib/core/review/claim-review-rules';
import { notificationRows, reviewerIds, type NotificationEvent, type NotificationRow } from './notification-rows';

export type ChangedClaim = {
  id: string;
  articleId: string;
  statement: string;
  exact: string;
  proposedById: string | null;
  approvedById: string | null;
  assigneeId: string | null;
};

/**
 * Who hears about a claim change, by review step (the claim as it was before the change):
 * a new assignee; the desk's reviewers when a verdict is proposed; the proposer when it is
 * approved; everyone who worked on a verdict when it is corrected. The rows are written by the
 * change's own statement (write-claim-change.ts), so they exist exactly when the change does.
 */
export async function claimChangeNotifications(actor: Actor, step: ReviewStep, claim: ChangedClaim, newAssigneeId: string | null): Promise<NotificationRow[]> {
  const about = { claimId: claim.id, articleId: claim.articleId, excerpt: claim.statement || claim.exact };
  const events: NotificationEvent[] = [];
  if (newAssigneeId) events.push({ kind: 'assigned', recipients: [newAssigneeId], ...about });
  if (step === 'propose') events.push({ kind: 'review_requested', recipients: await reviewerIds(db, actor.workspaceId), ...about });
  if (step === 'approve') events.push({ kind: 'proposal_approved', recipients: [claim.proposedById], ...about });
  if (step === 'correct') {
    events.push({ kind: 'verdict_corrected', recipients: [claim.proposedById, claim.approvedById, claim.assigneeId], ...about });
  }
  return notificationRows(actor, events);
}
