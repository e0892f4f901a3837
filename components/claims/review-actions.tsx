'use client';

import { useId, useState } from 'react';
import type { ClaimDto } from '@/lib/validations/claim';
import { formatDateTime } from '@/lib/format';
import { inputClass } from '@/components/ui/field';
import { Button } from '@/components/ui/button';

type ReviewActionsProps = {
  claim: ClaimDto;
  currentUserId: string;
  canEdit: boolean;
  canPublish: boolean;
  allowSelfApproval: boolean;
  pending: boolean;
  onPropose: () => void;
  onWithdraw: () => void;
  onApprove: () => void;
  /** Resolves when the claim is sent back; the form closes only then. */
  onSendBack: (comment: string) => Promise<unknown>;
  onCorrect: () => void;
};

/** The review gate as buttons: propose, approve and publish, send back, correct. */
export function ReviewActions(props: ReviewActionsProps) {
  const { claim, currentUserId, canEdit, canPublish, allowSelfApproval, pending } = props;
  const id = useId();
  const [sendingBack, setSendingBack] = useState(false);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ownProposal = claim.proposedBy?.id === currentUserId;

  if (claim.status === 'published') {
    return (
      <div className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-950">
        <p>
          Published{claim.approvedBy ? ` · approved by ${claim.approvedBy.name}` : ''}
          {claim.approvedAt ? ` on ${formatDateTime(claim.approvedAt)}` : ''}
          {claim.correctedAt ? ` · corrected ${formatDateTime(claim.correctedAt)}` : ''}
        </p>
        {canPublish ? (
          <Button size="sm" variant="secondary" onClick={props.onCorrect} disabled={pending}>
            Correct the verdict…
          </Button>
        ) : (
          <p className="text-xs">Only an editor can change a published verdict, as a correction.</p>
        )}
      </div>
    );
  }

  if (claim.status === 'needs_review') {
    const blocked = ownProposal && !allowSelfApproval;
    const sendBack = async (event: React.FormEvent) => {
      event.preventDefault();
      if (!comment.trim()) return setError('Say what needs more work.');
      try {
        await props.onSendBack(comment);
        setSendingBack(false);
        setComment('');
      } catch (e) {
        setError(e instanceof Error ? e.message : 'Not sent back.');
      }
    };
    return (
      <div className="space-y-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
        <p>Needs review{claim.proposedBy ? ` · proposed by ${claim.proposedBy.name}` : ''}</p>
        {canPublish && (
          <div className="flex flex-wrap gap-2">
            <Button size="sm" onClick={props.onApprove} disabled={pending || blocked} aria-describedby={blocked ? `${id}-blocked` : undefined}>
              Approve and publish
            </Button>
            <Button size="sm" variant="secondary" onClick={() => setSendingBack(true)} disabled={pending || sendingBack}>
              Send back
            </Button>
          </div>
        )}
        {canPublish && blocked && (
          <p id={`${id}-blocked`} className="text-xs">
            You proposed this verdict; another editor must approve it.
          </p>
        )}
        {!canPublish && <p className="text-xs">Waiting for an editor to approve it.</p>}
        {ownProposal && canEdit && (
          <Button size="sm" variant="ghost" onClick={props.onWithdraw} disabled={pending}>
            Withdraw proposal
          </Button>
        )}
        {sendingBack && (
          <form onSubmit={sendBack} className="space-y-2">
            <label htmlFor={`${id}-comment`} className="block text-xs font-semibold">
              What needs more work?
            </label>
            <textarea
              id={`${id}-comment`}
              rows={3}
              maxLength={5000}
              className={inputClass + ' text-sm'}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              aria-describedby={error ? `${id}-error` : undefined}
              autoFocus
            />
            {error && (
              <p id={`${id}-error`} role="alert" className="text-xs text-red-700">
                {error}
              </p>
            )}
            <div className="flex gap-2">
              <Button size="sm" type="submit" disabled={pending}>
                Send back to researching
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setSendingBack(false)}>
                Cancel
              </Button>
            </div>
          </form>
        )}
      </div>
    );
  }

  if (!canEdit || claim.status === 'dismissed') return null;
  return (
    <div className="space-y-1">
      <Button size="sm" onClick={props.onPropose} disabled={pending || !claim.verdict} aria-describedby={claim.verdict ? undefined : `${id}-needs-verdict`}>
        Propose for review
      </Button>
      {!claim.verdict && (
        <p id={`${id}-needs-verdict`} className="text-xs text-stone-600">
          Choose a verdict first; an editor then approves it.
        </p>
      )}
    </div>
  );
}
