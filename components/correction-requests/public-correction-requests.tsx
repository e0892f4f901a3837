import { formatDate } from '@/lib/format';
import { channelText, outcomeText, recipientText, type PublicCorrectionRequest } from '@/lib/core/correction-requests/public-view';

/**
 * On a public verdict page: the requests the desk made to correct the claim and what came of
 * them (whom, how, when, outcome, the correction's link). Plain HTML; only classes the other
 * public components use, so the inlined stylesheet (decision 032) needs nothing new.
 */
export function PublicCorrectionRequests({ requests }: { requests: readonly PublicCorrectionRequest[] }) {
  if (requests.length === 0) return null;
  return (
    <section aria-labelledby="correction-requests" className="mt-8">
      <h2 id="correction-requests" className="text-lg font-semibold text-stone-900">
        Correction requests
      </h2>
      <ul className="mt-3 space-y-3">
        {requests.map((request, index) => (
          <li key={`${request.sentAt}-${index}`} className="rounded-lg border border-stone-200 bg-white p-3">
            <p className="text-sm">
              <span className="me-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs font-semibold text-stone-800">{outcomeText(request)}</span>
              Asked {recipientText(request).replace(/^\w/, (c) => c.toLowerCase())} {channelText(request)} on {formatDate(request.sentAt)}
            </p>
            {(request.respondedAt || request.correctionUrl) && (
              <p className="mt-1 text-xs text-stone-700">
                {request.respondedAt && `Answered ${formatDate(request.respondedAt)}`}
                {request.respondedAt && request.correctionUrl && ' · '}
                {request.correctionUrl && (
                  <a href={request.correctionUrl} rel="noopener noreferrer nofollow" className="break-words font-medium text-blue-800 underline underline-offset-2">
                    The correction
                  </a>
                )}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
