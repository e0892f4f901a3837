import Link from 'next/link';
import { formatDate } from '@/lib/format';
import { channelLabels, recipientKindLabels } from '@/lib/core/correction-requests/correction-requests';
import type { DeskCorrectionRequestDto } from '@/lib/validations/correction-request';
import { FlagNotice, OutcomeBadge, ageText } from './correction-request-bits';

/** The desk's open correction requests, oldest first: how long each has waited, and the flag. */
export function DeskCorrectionRequests({ requests }: { requests: DeskCorrectionRequestDto[] }) {
  if (requests.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-stone-300 bg-white px-4 py-8 text-center text-stone-700">
        No open correction requests. When the desk asks someone to correct a claim (in the claim’s panel), the request waits here until its outcome is recorded.
      </p>
    );
  }
  return (
    <ol className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white" aria-label="Open correction requests, oldest first">
      {requests.map((request) => {
        const whom = [recipientKindLabels[request.recipientKind], request.recipientName].filter(Boolean).join(': ');
        return (
          <li key={request.id}>
            <Link
              href={`/articles/${request.claim.articleId}?claim=${request.claim.id}`}
              className="block px-4 py-3 hover:bg-stone-50 focus-visible:bg-stone-50"
            >
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <OutcomeBadge outcome={request.outcome} />
                <strong className="font-semibold text-stone-900">{ageText(request)}</strong>
                <span className="text-stone-700">
                  · {whom} · {channelLabels[request.channel]} · sent {formatDate(request.sentAt)}
                </span>
              </p>
              <p className="mt-1 text-stone-900">“{request.claim.statement || request.claim.exact}”</p>
              <p className="text-xs text-stone-600">{request.claim.articleTitle}</p>
              {request.flag && <FlagNotice flag={request.flag} />}
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
