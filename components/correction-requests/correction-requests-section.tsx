'use client';

import { useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { ShowMoreButton } from '@/components/ui/show-more-button';
import { useToast } from '@/components/ui/toast';
import { useOnScreen } from '@/components/ui/use-on-screen';
import { formatDate } from '@/lib/format';
import { claimCorrectionRequestsOptions } from '@/lib/queries/correction-requests';
import { useCreateCorrectionRequest, useUpdateCorrectionRequest } from '@/lib/queries/use-correction-request-mutations';
import { channelLabels, recipientKindLabels } from '@/lib/core/correction-requests/correction-requests';
import type { CorrectionRequestDto } from '@/lib/validations/correction-request';
import { CorrectionRequestForm } from './correction-request-form';
import { CorrectionResponseForm } from './correction-response-form';
import { FlagNotice, OutcomeBadge, ageText } from './correction-request-bits';

/** The claim panel's "Correction requests": whom the desk asked to correct the claim, and what came of it. */
export function CorrectionRequestsSection({ claimId, canRecord }: { claimId: string; canRecord: boolean }) {
  const query = useInfiniteQuery(claimCorrectionRequestsOptions(claimId));
  const create = useCreateCorrectionRequest(claimId, { notify: useToast().show, shownInline: useOnScreen() });
  const [adding, setAdding] = useState(false);
  const requests = query.data?.pages.flatMap((page) => page.correctionRequests) ?? [];

  return (
    <section aria-labelledby={`correction-requests-${claimId}`} className="space-y-2">
      <div className="flex items-center justify-between gap-2">
        <h3 id={`correction-requests-${claimId}`} className="text-sm font-semibold text-stone-900">
          Correction requests
        </h3>
        {canRecord && !adding && (
          <Button size="sm" variant="secondary" onClick={() => setAdding(true)}>
            Ask for a correction
          </Button>
        )}
      </div>
      {adding && (
        <CorrectionRequestForm
          pending={create.isPending}
          error={create.error}
          onCancel={() => {
            setAdding(false);
            create.reset();
          }}
          onSubmit={(input) =>
            create.mutate(input, { onSuccess: () => setAdding(false) })
          }
        />
      )}
      {query.isPending ? (
        <p className="text-sm text-stone-600" aria-live="polite">
          Loading correction requests…
        </p>
      ) : query.isError ? (
        <p role="alert" className="text-sm text-red-700">
          Could not load the correction requests: {query.error.message}
        </p>
      ) : requests.length === 0 ? (
        <p className="text-sm text-stone-600">No one has been asked to correct this claim yet.</p>
      ) : (
        <ul className="space-y-2">
          {requests.map((request) => (
            <CorrectionRequestItem key={request.id} request={request} canRecord={canRecord} />
          ))}
        </ul>
      )}
      {query.hasNextPage && (
        <ShowMoreButton loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()} label="Show more requests" loadingLabel="Loading…" />
      )}
    </section>
  );
}

function CorrectionRequestItem({ request, canRecord }: { request: CorrectionRequestDto; canRecord: boolean }) {
  const update = useUpdateCorrectionRequest(request.claimId, { notify: useToast().show, shownInline: useOnScreen() });
  const [answering, setAnswering] = useState(false);
  const whom = [recipientKindLabels[request.recipientKind], request.recipientName].filter(Boolean).join(': ');
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-3 text-sm" aria-label={`Request to ${whom}`}>
      <p className="flex flex-wrap items-center gap-2">
        <OutcomeBadge outcome={request.outcome} />
        <span className="font-medium text-stone-900">{whom}</span>
        <span className="text-stone-600">
          · {channelLabels[request.channel]} · {formatDate(request.sentAt)} · {ageText(request)}
        </span>
      </p>
      {request.flag && <FlagNotice flag={request.flag} />}
      <p className="mt-2 whitespace-pre-line text-stone-800">{request.request}</p>
      {request.internalNote && (
        <p className="mt-1 text-xs text-stone-600">
          <span className="font-medium">Internal note:</span> {request.internalNote}
        </p>
      )}
      {(request.response || request.respondedAt) && (
        <p className="mt-2 whitespace-pre-line text-stone-800">
          <span className="font-medium">Answer{request.respondedAt ? ` (${formatDate(request.respondedAt)})` : ''}:</span> {request.response || '—'}
        </p>
      )}
      {request.correctionUrl && (
        <p className="mt-1">
          <a href={request.correctionUrl} target="_blank" rel="noopener noreferrer nofollow" className="text-blue-800 underline underline-offset-2">
            The correction
          </a>
        </p>
      )}
      {canRecord && !answering && (
        <Button size="sm" variant="secondary" className="mt-2" onClick={() => setAnswering(true)}>
          {request.flag ? 'Confirm the outcome' : 'Record answer and outcome'}
        </Button>
      )}
      {answering && (
        <CorrectionResponseForm
          request={request}
          pending={update.isPending}
          error={update.error}
          onCancel={() => {
            setAnswering(false);
            update.reset();
          }}
          onSubmit={(input) =>
            update.mutate({ id: request.id, ...input }, { onSuccess: () => setAnswering(false) })
          }
        />
      )}
    </li>
  );
}
