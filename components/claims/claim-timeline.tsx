'use client';

import { useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { claimHistoryOptions } from '@/lib/queries/claims';
import { commentListOptions } from '@/lib/queries/comments';
import { useCreateComment, useDeleteComment } from '@/lib/queries/use-comment-mutations';
import { formatDateTime } from '@/lib/format';
import type { ClaimEventDto, MemberRef } from '@/lib/validations/claim';
import type { CommentDto } from '@/lib/validations/comment';
import { Button } from '@/components/ui/button';
import { CommentBody } from './comment-body';
import { CommentBox } from './comment-box';
import { useToast } from '@/components/ui/toast';

const kindLabels: Record<string, string> = {
  created: 'marked the claim',
  deleted: 'deleted the claim',
  restored: 'restored the claim',
  proposed: 'proposed the verdict for review',
  approved: 'approved and published the verdict',
  withdrawn: 'withdrew the proposal',
  unpublished: 'unpublished the verdict',
  evidence_added: 'added evidence',
  evidence_updated: 'edited evidence',
  evidence_removed: 'removed evidence',
  correction_requested: 'asked for a correction',
  correction_request_outcome: 'recorded the outcome of a correction request',
  correction_request_removed: 'deleted a correction request',
};

function clip(value: string | null): string {
  if (value === null || value === '') return '—';
  return value.length > 80 ? `${value.slice(0, 80)}…` : value;
}

function describe(event: ClaimEventDto): React.ReactNode {
  if (event.kind === 'updated' && event.field) {
    return (
      <>
        changed <strong>{event.field}</strong> from “{clip(event.from)}” to “{clip(event.to)}”
      </>
    );
  }
  if (event.kind === 'corrected') {
    return (
      <>
        corrected <strong>{event.field}</strong> from “{clip(event.from)}” to “{clip(event.to)}”
        {event.reason && <span className="block text-stone-600">Reason: {event.reason}</span>}
      </>
    );
  }
  if (event.kind === 'sent_back') return 'sent the verdict back to researching';
  if (event.kind === 'linked') return <>linked it as the same claim as “{clip(event.to)}”</>;
  if (event.kind === 'assigned') return event.to ? `assigned the claim to ${event.to}` : 'unassigned the claim';
  const label = kindLabels[event.kind] ?? event.kind;
  const detail = event.to ?? event.from;
  return detail && /^(evidence|correction_request)/.test(event.kind) ? `${label}: ${clip(detail)}` : label;
}

type Entry = { at: string; key: string } & ({ event: ClaimEventDto } | { comment: CommentDto });

type ClaimTimelineProps = {
  claimId: string;
  members: MemberRef[];
  currentUserId: string;
  canComment: boolean;
  canModerate: boolean;
};

/** The claim's history and its comments in one list, oldest first, with a comment box below. */
export function ClaimTimeline({ claimId, members, currentUserId, canComment, canModerate }: ClaimTimelineProps) {
  const history = useInfiniteQuery(claimHistoryOptions(claimId));
  const comments = useInfiniteQuery(commentListOptions(claimId));
  const create = useCreateComment(claimId);
  const remove = useDeleteComment(claimId, useToast().show);
  // Deleting asks once more in place: a deleted comment cannot be brought back.
  const [confirming, setConfirming] = useState<string | null>(null);
  const entries: Entry[] = [
    ...(history.data?.pages ?? []).flatMap((page) => page.events).map((event) => ({ at: event.at, key: `e-${event.id}`, event })),
    ...(comments.data?.pages ?? []).flatMap((page) => page.comments).map((comment) => ({ at: comment.createdAt, key: `c-${comment.id}`, comment })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  // Both lists arrive newest page first; one button brings the next older page of each.
  const hasOlder = history.hasNextPage || comments.hasNextPage;
  const loadingOlder = history.isFetchingNextPage || comments.isFetchingNextPage;
  const loadOlder = () => {
    if (history.hasNextPage) void history.fetchNextPage();
    if (comments.hasNextPage) void comments.fetchNextPage();
  };

  return (
    <section aria-labelledby={`timeline-${claimId}`} className="space-y-3">
      <h3 id={`timeline-${claimId}`} className="text-xs font-semibold uppercase tracking-wide text-stone-700">
        History and comments
      </h3>
      {(history.isPending || comments.isPending) && <p className="text-sm text-stone-600">Loading the timeline…</p>}
      {(history.isError || comments.isError) && <p className="text-sm text-red-700">Part of the timeline could not be loaded.</p>}
      {hasOlder && (
        <Button size="sm" variant="secondary" onClick={loadOlder} disabled={loadingOlder} aria-busy={loadingOlder}>
          {loadingOlder ? 'Loading older entries…' : 'Show older entries'}
        </Button>
      )}
      {entries.length > 0 && (
        <ol className="space-y-2 text-xs text-stone-700">
          {entries.map((entry) => (
            <li
              key={entry.key}
              data-comment-id={'comment' in entry ? entry.comment.id : undefined}
              tabIndex={'comment' in entry ? -1 : undefined}
              className={'comment' in entry ? 'rounded-md border border-stone-200 bg-stone-50 p-2' : undefined}
            >
              <time dateTime={entry.at} className="text-stone-500">
                {formatDateTime(entry.at)}
              </time>{' '}
              {'event' in entry ? (
                <>
                  <span className="font-medium text-stone-900">{entry.event.actor || 'Someone'}</span> {describe(entry.event)}
                </>
              ) : (
                <>
                  <span className="font-medium text-stone-900">{entry.comment.author?.name ?? 'Former member'}</span> commented
                  <CommentBody comment={entry.comment} />
                  {(entry.comment.author?.id === currentUserId || canModerate) &&
                    (confirming === entry.comment.id ? (
                      <span className="mt-1 flex items-center gap-2">
                        Delete this comment for everyone?
                        <Button size="sm" variant="danger" onClick={() => remove.mutate(entry.comment)}>
                          Delete
                        </Button>
                        <Button size="sm" variant="ghost" onClick={() => setConfirming(null)}>
                          Keep
                        </Button>
                      </span>
                    ) : (
                      <Button size="sm" variant="ghost" className="mt-1" onClick={() => setConfirming(entry.comment.id)} aria-label={`Delete comment from ${formatDateTime(entry.at)}`}>
                        Delete…
                      </Button>
                    ))}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {canComment && <CommentBox members={members} pending={create.isPending} onSubmit={(body) => create.mutateAsync(body)} />}
    </section>
  );
}
