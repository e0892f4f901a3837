import { outcomeLabels } from '@/lib/core/correction-requests/correction-requests';
import type { CorrectionRequestOutcomesDto } from '@/lib/validations/correction-request';

/** The dashboard's small figure: requests sent in the range by outcome, open ones, median days to an answer. */
export function CorrectionRequestOutcomes({ figures }: { figures: CorrectionRequestOutcomesDto }) {
  const median = figures.medianDaysToResponse;
  return (
    <section aria-labelledby="correction-request-outcomes" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="correction-request-outcomes" className="text-lg font-semibold">
        Correction requests
      </h2>
      <dl className="flex flex-wrap gap-6 text-sm">
        <div>
          <dt className="text-stone-700">Open now</dt>
          <dd className="text-2xl font-semibold">{figures.open}</dd>
        </div>
        <div>
          <dt className="text-stone-700">Sent in this range</dt>
          <dd className="text-2xl font-semibold">{figures.sent}</dd>
        </div>
        <div>
          <dt className="text-stone-700">Median days to an answer</dt>
          <dd className="text-2xl font-semibold">{median === null ? '—' : median}</dd>
        </div>
      </dl>
      {figures.sent === 0 ? (
        <p className="text-sm text-stone-700">No correction requests were sent in this range.</p>
      ) : (
        <table className="w-full max-w-md text-sm">
          <caption className="sr-only">Correction requests sent in this range, by outcome</caption>
          <thead>
            <tr className="text-left text-stone-700">
              <th scope="col" className="py-1 font-medium">
                Outcome
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Requests
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.byOutcome.map((row) => (
              <tr key={row.outcome} className="border-t border-stone-100">
                <th scope="row" className="py-1 text-left font-normal">
                  {outcomeLabels[row.outcome]}
                </th>
                <td className="py-1 text-right tabular-nums">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
