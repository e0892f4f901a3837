import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { can } from '@/lib/core/permissions/permissions';
import { decideClaimChange } from '@/lib/core/review/claim-review-rules';
import type { ClaimDto, ClaimStatusValue, UpdateClaimInput } from '@/lib/validations/claim';
import { searchKey } from '@/lib/core/suggestions';
import { toClaimDto } from './claim-shape';
import { claimEventRows, type ClaimChange } from './record-events';
import { writeClaimChange } from './write-claim-change';
import { getClaim } from './get-claim';
import { resolveVerdict } from './resolve-verdict';
import { resolveAssignee } from './resolve-assignee';
import { requireSelfApprovalAllowed } from './require-approval-allowed';
import { reviewStepEvents, reviewStepFields } from './review-step-effects';
import { claimChangeNotifications } from '@/lib/server/notifications/claim-change-notifications';

type TextField = 'statement' | 'claimant' | 'explanation';
const textFields: readonly TextField[] = ['statement', 'claimant', 'explanation'];

export async function staleVersionError(actor: Actor, claimId: string): Promise<AppError> {
  const current = await getClaim(actor, claimId);
  if (!current) return new AppError('not_found', 'Claim not found.');
  return new AppError('conflict', 'Someone else changed this claim first. Here is its current state.', {
    details: { current },
  });
}

export type UpdateClaimOptions = {
  /** Refuse unless the claim is in this status (POST …/approve needs a claim in review). */
  expectStatus?: ClaimStatusValue;
};

/**
 * Changes a claim if it is still at the version the change was based on. The version check is
 * part of the UPDATE's WHERE, and the history rows are written in the same transaction, so two
 * editors can never both win and no change goes unrecorded. The review gate
 * (lib/core/review/claim-review-rules.ts) decides who may move it where; a plain edit costs one
 * read and one statement (write-claim-change.ts).
 */
export async function updateClaim(actor: Actor, claimId: string, input: UpdateClaimInput, options: UpdateClaimOptions = {}): Promise<ClaimDto> {
  requirePermission(actor, 'claim.edit');

  const before = await db.claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId, deletedAt: null },
    select: {
      articleId: true, exact: true, version: true, status: true, ratingId: true, statement: true, claimant: true, explanation: true,
      proposedById: true, approvedById: true, assigneeId: true,
    },
  });
  if (!before) throw new AppError('not_found', 'Claim not found.');
  if (before.version !== input.version) throw await staleVersionError(actor, claimId);
  if (options.expectStatus && before.status !== options.expectStatus) {
    throw new AppError('unprocessable', `Only a claim that needs review can be approved; this one is ${before.status.replace('_', ' ')}.`, {
      fields: { status: ['The claim is not awaiting review'] },
    });
  }

  let ratingId = before.ratingId;
  let verdictChange: ClaimChange | null = null;
  if (input.verdict !== undefined) {
    const verdict = await resolveVerdict(actor, input.verdict, before.ratingId);
    if (verdict.ratingId !== before.ratingId) verdictChange = { field: 'verdict', from: verdict.previousKey, to: input.verdict };
    ratingId = verdict.ratingId;
  }
  const data: Partial<Record<TextField, string>> = {};
  const textChanges: ClaimChange[] = [];
  for (const field of textFields) {
    const value = input[field];
    if (value !== undefined && value !== before[field]) {
      data[field] = value;
      textChanges.push({ field, from: before[field], to: value });
    }
  }

  const status = input.status ?? before.status;
  const decision = decideClaimChange({
    actorId: actor.userId,
    canPublish: can(actor.role, 'claim.publish'),
    before: { status: before.status, proposedById: before.proposedById },
    status,
    hasVerdict: ratingId !== null,
    verdictChanged: verdictChange !== null,
    explanationChanged: data.explanation !== undefined,
    publicTextChanged: data.statement !== undefined || data.claimant !== undefined,
    correctionReason: input.correctionReason,
  });
  if (!decision.ok) throw new AppError(decision.code, decision.message, { fields: { [decision.field]: [decision.message] } });
  if (decision.selfApproval) await requireSelfApprovalAllowed(actor);

  const statusChange = status !== before.status ? { field: 'status', from: before.status, to: status } : null;
  const changes = reviewStepEvents(decision.step, { status: statusChange, verdict: verdictChange, text: textChanges }, input.correctionReason);

  let assigneeId = before.assigneeId;
  let newAssigneeId: string | null = null;
  if (input.assigneeId !== undefined && input.assigneeId !== before.assigneeId) {
    requirePermission(actor, 'claim.assign');
    const names = await resolveAssignee(actor, input.assigneeId, before.assigneeId);
    assigneeId = input.assigneeId;
    newAssigneeId = input.assigneeId;
    changes.push({ kind: 'assigned', change: { field: 'assignee', from: names.from, to: names.to } });
  }

  const review = reviewStepFields(decision.step, decision.proposerId, actor.userId, new Date());
  const events = changes.flatMap(({ kind, change }) => claimEventRows(actor, claimId, kind, [change]));
  // The stored normal form follows the statement (the quote while it is empty), so "already
  // checked?" finds the claim by what it says (decision 027).
  const similarityKey = data.statement === undefined ? undefined : searchKey(data.statement || before.exact);
  const notifications = await claimChangeNotifications(actor, decision.step, { id: claimId, ...before, statement: data.statement ?? before.statement }, newAssigneeId);
  // Publishing, or correcting the verdict of a published claim, stores the verdict as published.
  const publishedRating = status === 'published' && (statusChange !== null || verdictChange !== null) ? 'snapshot' : undefined;
  const written = await writeClaimChange(
    actor.workspaceId, claimId, input.version,
    { ...data, similarityKey, ...review, status, ratingId, assigneeId, publishedRating },
    events, notifications,
  );
  // No row matched: someone changed (or deleted) the claim since we read it.
  if (!written) throw await staleVersionError(actor, claimId);
  return toClaimDto(written.row, written.names);
}
