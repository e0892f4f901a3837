import type { ReportClaim } from '@/lib/core/exports';
import { formatDate } from '@/lib/format';
import { ReportCorrectionRequests } from '@/components/correction-requests/report-correction-requests';

/**
 * Who stands behind a claim's verdict and what changed since it was published: the checker, the
 * approver and when, the public page (that it exists; the link itself is never stored), and
 * every correction with its reason (IFCN principle 5).
 */
export function ClaimReviewTrail({ claim }: { claim: ReportClaim }) {
  const review = [
    claim.checkedBy ? `Checked by ${claim.checkedBy}` : 'Not checked yet',
    claim.approvedBy ? `approved by ${claim.approvedBy}${claim.approvedAt ? ` on ${formatDate(claim.approvedAt)}` : ''}` : null,
    claim.publishedAt ? `published ${formatDate(claim.publishedAt)}` : null,
    claim.correctedAt ? `corrected ${formatDate(claim.correctedAt)}` : null,
  ].filter(Boolean);
  return (
    <>
      <p className="meta">
        {review.join(' · ')}
        {claim.publicUrl ? (
          <>
            {' · '}
            <a href={claim.publicUrl}>public page</a>
          </>
        ) : claim.publicLink ? (
          ` · public link: shared since ${formatDate(claim.publicLink.sharedAt)}${claim.publicLink.expiresAt ? `, until ${formatDate(claim.publicLink.expiresAt)}` : ''}`
        ) : null}
      </p>
      {claim.corrections.length > 0 && (
        <>
          <h4>Corrections</h4>
          <ul>
            {claim.corrections.map((c, i) => (
              <li key={`${c.at}-${i}`}>
                {formatDate(c.at)}, {c.by}: {c.field ? `${c.field} ` : ''}
                <span dir="auto">{c.from || '(nothing)'}</span> → <span dir="auto">{c.to || '(nothing)'}</span>. Reason:{' '}
                <span dir="auto">{c.reason}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <ReportCorrectionRequests claim={claim} />
    </>
  );
}
