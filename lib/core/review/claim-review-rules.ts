// The review gate as one pure decision: given who acts, the claim as it is and the change asked
// for, is it allowed, and what kind of step is it? The data layer (PATCH, approve) and the tests
// read this one table; docs/decisions/009-review-gate-and-corrections.md explains it.
import type { ClaimStatusValue } from '@/lib/validations/claim';

export type ReviewStep = 'edit' | 'propose' | 'approve' | 'withdraw' | 'correct' | 'unpublish';

export type ClaimChangeRequest = {
  actorId: string;
  /** The actor's role grants claim.publish (editors and admins). */
  canPublish: boolean;
  before: { status: ClaimStatusValue; proposedById: string | null };
  /** The status after the change (the current one when the change does not name one). */
  status: ClaimStatusValue;
  hasVerdict: boolean;
  verdictChanged: boolean;
  explanationChanged: boolean;
  /** The statement or claimant changed: text shown on a published verdict's public page. */
  publicTextChanged: boolean;
  correctionReason?: string;
};

export type ReviewDecision =
  | {
      ok: true;
      step: ReviewStep;
      /** Who proposed the verdict after this change; null when nobody has. */
      proposerId: string | null;
      /** Approving one's own proposal: allowed only where the workspace turned self-approval on. */
      selfApproval: boolean;
    }
  | { ok: false; code: 'forbidden' | 'unprocessable'; message: string; field: string };

const refuse = (code: 'forbidden' | 'unprocessable', field: string, message: string): ReviewDecision => ({ ok: false, code, field, message });

/**
 * Sources and the quoted words show on a published verdict's public page: once a claim is
 * published, only a member whose role grants claim.publish (editor, admin) changes them.
 */
export function publishedClaimLocked(status: ClaimStatusValue, canPublish: boolean): boolean {
  return status === 'published' && !canPublish;
}

function decideStep(change: ClaimChangeRequest): ReviewDecision {
  const { before, status, actorId, canPublish } = change;
  // What a reader will see: a proposal rewritten in any of these is no longer what was proposed.
  const reviewedTextChanged = change.verdictChanged || change.explanationChanged || change.publicTextChanged;
  const keep = (step: ReviewStep, proposerId = before.proposedById): ReviewDecision => ({ ok: true, step, proposerId, selfApproval: false });

  if (before.status === 'published') {
    const touchesPublished = status !== 'published' || change.verdictChanged || change.explanationChanged || change.publicTextChanged;
    if (touchesPublished && !canPublish) {
      return refuse('forbidden', 'status', 'This verdict is published: only an editor or admin can change it, as a correction with a reason.');
    }
    if (status !== 'published') return keep('unpublish');
    if (change.verdictChanged || change.explanationChanged) {
      if (!change.correctionReason) {
        return refuse('unprocessable', 'correctionReason', 'This verdict is published: give a reason for the correction (correctionReason). It is shown on the public page.');
      }
      return keep('correct');
    }
    return keep('edit');
  }

  if (status === 'published') {
    if (!canPublish) return refuse('forbidden', 'status', 'Only an editor or admin can publish. Propose the verdict for review (status needs_review) instead.');
    if (!change.hasVerdict) return refuse('unprocessable', 'status', 'Set a verdict before publishing the claim.');
    // A verdict or public text rewritten while approving, or published without going through
    // review, is the actor's own: nobody else has reviewed it.
    const proposerId = before.status === 'needs_review' && !reviewedTextChanged ? before.proposedById : actorId;
    return { ok: true, step: 'approve', proposerId, selfApproval: proposerId === actorId };
  }

  if (status === 'needs_review') {
    if (!change.hasVerdict) return refuse('unprocessable', 'status', 'Choose a verdict before proposing the claim for review.');
    // Whoever sends a verdict to review, or changes it or its public text while it is there,
    // answers for it: approving that rewrite is approving their own work.
    if (before.status !== 'needs_review' || reviewedTextChanged) return keep('propose', actorId);
    return keep('edit');
  }

  if (before.status === 'needs_review') {
    if (before.proposedById === null || before.proposedById === actorId) return keep('withdraw');
    if (canPublish) {
      return refuse('unprocessable', 'status', 'Send the claim back with a comment (POST /api/v1/claims/{id}/send-back), so whoever proposed it knows why.');
    }
    return refuse('forbidden', 'status', 'Only the member who proposed this verdict, or an editor, can take it out of review.');
  }
  return keep('edit');
}

export function decideClaimChange(change: ClaimChangeRequest): ReviewDecision {
  const decision = decideStep(change);
  if (decision.ok && change.correctionReason && decision.step !== 'correct') {
    return refuse('unprocessable', 'correctionReason', 'A correction reason goes only with a change to a published verdict or explanation.');
  }
  return decision;
}
