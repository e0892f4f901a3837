import type { ReportClaim } from '@/lib/core/exports';
import { formatDate } from '@/lib/format';
import { channelText, outcomeText, recipientText } from '@/lib/core/correction-requests/public-view';

/** The report page (and so the PDF): requests to correct the claim and their outcome, without internal notes. */
export function ReportCorrectionRequests({ claim }: { claim: ReportClaim }) {
  if (claim.correctionRequests.length === 0) return null;
  return (
    <>
      <h4>Correction requests</h4>
      <ul>
        {claim.correctionRequests.map((r, i) => (
          <li key={`${r.sentAt}-${i}`}>
            {formatDate(r.sentAt)}: asked <span dir="auto">{recipientText(r).replace(/^\w/, (c) => c.toLowerCase())}</span> {channelText(r)}. Outcome:{' '}
            {outcomeText(r)}
            {r.respondedAt ? ` (${formatDate(r.respondedAt)})` : ''}
            {r.correctionUrl && (
              <>
                {', '}
                <a href={r.correctionUrl}>the correction</a>
              </>
            )}
            .
          </li>
        ))}
      </ul>
    </>
  );
}
