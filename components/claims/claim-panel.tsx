'use client';

import { useState } from 'react';
import type { ClaimDto, MemberRef } from '@/lib/validations/claim';
import type { RatingDto } from '@/lib/validations/rating';
import { useDeleteClaim, useUpdateClaim, type ClaimChanges } from '@/lib/queries/use-claim-mutations';
import { useApproveClaim, useSendBackClaim } from '@/lib/queries/use-review-mutations';
import { Button } from '@/components/ui/button';
import { AutosaveField } from './autosave-field';
import { StatusPicker } from './status-picker';
import { VerdictPicker } from './verdict-picker';
import { AssigneePicker } from './assignee-picker';
import { ReviewActions } from './review-actions';
import { CorrectionDialog } from './correction-dialog';
import { EvidenceList } from './evidence-list';
import { ClaimTimeline } from './claim-timeline';
import { AlreadyChecked } from './already-checked';
import { CorrectionRequestsSection } from '@/components/correction-requests/correction-requests-section';
import { ShareClaimControl } from '@/components/share/share-claim-control';
import { publishedClaimLocked } from '@/lib/core/review/claim-review-rules';
import { useToast } from '@/components/ui/toast';
import { useOnScreen } from '@/components/ui/use-on-screen';
import { useHydrated } from '@/components/ui/use-hydrated';

export type ClaimPermissions = {
  canEdit: boolean;
  canPublish: boolean;
  canDelete: boolean;
  canEditEvidence: boolean;
  /** Record correction requests and their outcome (correction.record). */
  canRecordCorrections?: boolean;
  canAssign: boolean;
  canComment: boolean;
  /** Admins may delete anyone's comment. */
  canModerateComments: boolean;
};

/** What the review gate needs to know about the member and the workspace, from the page. */
export type ClaimReviewContext = { members: MemberRef[]; currentUserId: string; allowSelfApproval: boolean };

type ClaimPanelProps = {
  articleId: string;
  claim: ClaimDto;
  ratings: RatingDto[];
  permissions: ClaimPermissions;
  review: ClaimReviewContext;
  onClose: () => void;
};

/** How a change looks before the server confirms it (the verdict and assignee as the DTO shows them). */
function optimistic(changes: ClaimChanges, ratings: RatingDto[], members: MemberRef[]): Partial<ClaimDto> {
  const { verdict, assigneeId, correctionReason: _reason, ...rest } = changes;
  const fields: Partial<ClaimDto> = { ...rest };
  if (verdict !== undefined) {
    const rating = verdict === null ? null : ratings.find((r) => r.key === verdict);
    if (rating !== undefined) fields.verdict = rating ? { key: rating.key, label: rating.label, value: rating.value } : null;
  }
  if (assigneeId !== undefined) fields.assignee = assigneeId === null ? null : (members.find((m) => m.id === assigneeId) ?? null);
  return fields;
}

/** The working view of one claim: every change is saved as it is made. */
export function ClaimPanel({ articleId, claim, ratings, permissions, review, onClose }: ClaimPanelProps) {
  const notify = useToast().show;
  const update = useUpdateClaim(articleId, claim.id, (changes) => optimistic(changes, ratings, review.members), notify);
  const shownInline = useOnScreen();
  const approve = useApproveClaim(articleId, claim.id, { notify, shownInline });
  const sendBack = useSendBackClaim(articleId, claim.id, { notify, shownInline });
  const remove = useDeleteClaim(articleId, notify);
  const [correcting, setCorrecting] = useState(false);
  const published = claim.status === 'published';
  const readOnly = !permissions.canEdit;
  // A published verdict changes only through the correction dialog.
  const verdictLocked = readOnly || published;
  // Its sources are public too: once published, only an editor changes them.
  const sourcesLocked = publishedClaimLocked(claim.status, permissions.canPublish);
  const reviewError = approve.error ?? sendBack.error;
  // Set once the panel is hydrated: with `?claim=` the server renders it, and its chunk may arrive
  // after the page's; what is typed into its fields before then is replaced on hydration.
  const interactive = useHydrated();

  return (
    <section aria-labelledby="claim-panel-title" data-interactive={interactive || undefined} className="space-y-5">
      <div className="flex items-start justify-between gap-2">
        <h2 id="claim-panel-title" className="text-base font-semibold">
          Claim
        </h2>
        <Button size="sm" variant="ghost" onClick={onClose} aria-label="Close claim panel (Esc)">
          Close
        </Button>
      </div>
      <figure>
        <blockquote className="border-l-4 border-stone-300 pl-3 font-serif text-stone-900">
          <span className="text-stone-500">…{claim.prefix.slice(-20)}</span>
          <mark className="bg-amber-100 px-0.5 text-stone-900">{claim.exact}</mark>
          <span className="text-stone-500">{claim.suffix.slice(0, 20)}…</span>
        </blockquote>
        <figcaption className="mt-1 text-xs text-stone-600">
          Quote in the frozen text · characters {claim.start}–{claim.end}
          {claim.createdBy ? ` · marked by ${claim.createdBy.name}` : ''}
        </figcaption>
      </figure>
      <AutosaveField
        label="Statement"
        value={claim.statement}
        multiline
        rows={2}
        maxLength={2000}
        placeholder="The claim as a neutral, self-contained sentence"
        readOnly={readOnly || (published && !permissions.canPublish)}
        onSave={(statement) => update.mutate({ statement })}
      />
      <AutosaveField
        label="Claimant"
        value={claim.claimant}
        maxLength={300}
        placeholder="Who made the claim"
        readOnly={readOnly || (published && !permissions.canPublish)}
        onSave={(claimant) => update.mutate({ claimant })}
      />
      <AssigneePicker
        members={review.members}
        value={claim.assignee}
        disabled={!permissions.canAssign}
        onChange={(assigneeId) => update.mutate({ assigneeId })}
      />
      <StatusPicker value={claim.status} disabled={readOnly} onChange={(status) => update.mutate({ status })} />
      <VerdictPicker ratings={ratings} value={claim.verdict?.key ?? null} disabled={verdictLocked} onChange={(verdict) => update.mutate({ verdict })} />
      <AutosaveField
        label="Explanation"
        value={claim.explanation}
        multiline
        rows={5}
        maxLength={20_000}
        serif
        placeholder="How you reached the verdict, in words a reader can follow"
        readOnly={verdictLocked}
        onSave={(explanation) => update.mutate({ explanation })}
      />
      <ReviewActions
        claim={claim}
        currentUserId={review.currentUserId}
        canEdit={permissions.canEdit}
        canPublish={permissions.canPublish}
        allowSelfApproval={review.allowSelfApproval}
        pending={update.isPending || approve.isPending || sendBack.isPending}
        onPropose={() => update.mutate({ status: 'needs_review' })}
        onWithdraw={() => update.mutate({ status: 'researching' })}
        onApprove={() => approve.mutate()}
        onSendBack={(comment) => sendBack.mutateAsync(comment)}
        onCorrect={() => setCorrecting(true)}
      />
      {reviewError && (
        <p role="alert" className="text-sm text-red-700">
          {reviewError.message}
        </p>
      )}
      {correcting && <CorrectionDialog claim={claim} ratings={ratings} onSave={(correction) => update.mutate(correction)} onClose={() => setCorrecting(false)} />}
      <p className="text-xs text-stone-600" aria-live="polite">
        {update.isPending ? 'Saving…' : update.isError ? 'Last change not saved' : `Saved · version ${claim.version}`}
      </p>
      <AlreadyChecked articleId={articleId} claim={claim} canEdit={permissions.canEdit} />
      <EvidenceList
        articleId={articleId}
        claimId={claim.id}
        evidence={claim.evidence}
        canEdit={permissions.canEditEvidence && !sourcesLocked}
        lockedReason={permissions.canEditEvidence && sourcesLocked ? 'This verdict is published: only an editor can change its sources.' : undefined}
      />
      <CorrectionRequestsSection claimId={claim.id} canRecord={permissions.canRecordCorrections ?? false} />
      <ShareClaimControl claim={claim} />
      <ClaimTimeline
        claimId={claim.id}
        members={review.members}
        currentUserId={review.currentUserId}
        canComment={permissions.canComment}
        canModerate={permissions.canModerateComments}
      />
      {permissions.canDelete && (
        <div className="border-t border-stone-200 pt-4">
          <Button
            variant="danger"
            size="sm"
            onClick={() => {
              remove.mutate(claim);
              onClose();
            }}
          >
            Delete claim
          </Button>
        </div>
      )}
    </section>
  );
}
