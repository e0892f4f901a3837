import { formatDate } from '@/lib/format';
import type { SharedClaim } from '@/lib/server/share-links/shared-page';

/** When the verdict was reviewed, published and corrected, with each correction's reason (IFCN principle 5). */
export function ClaimDates({ claim }: { claim: SharedClaim }) {
  const dates = [
    claim.reviewedAt ? `Reviewed ${formatDate(claim.reviewedAt)}` : null,
    claim.publishedAt ? `Published ${formatDate(claim.publishedAt)}` : null,
    claim.correctedAt ? `Corrected ${formatDate(claim.correctedAt)}` : null,
  ].filter(Boolean);
  return (
    <div className="mt-4 text-sm text-stone-700">
      {dates.length > 0 && <p>{dates.join(' · ')}</p>}
      {claim.corrections.length > 0 && (
        <ul className="mt-2 space-y-1" aria-label="Corrections">
          {claim.corrections.map((correction, index) => (
            <li key={index} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-stone-900">
              Corrected on {formatDate(correction.at)}
              {correction.reason ? `: ${correction.reason}` : ''}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
