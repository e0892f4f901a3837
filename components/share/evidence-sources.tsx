import { stanceLabels } from '@/lib/validations/evidence-values';
import { formatDate } from '@/lib/format';
import type { SharedEvidence } from '@/lib/server/share-links/shared-page';
import { ArchivedSourceNote } from '@/components/evidence-archive/archived-source-note';

/** The sources behind a verdict, each with its stance, so a reader can retrace the check. */
export function EvidenceSources({
  evidence,
  headingId,
  level = 'h2',
  archivedCopiesAt,
}: {
  evidence: SharedEvidence[];
  headingId: string;
  level?: 'h2' | 'h4';
  /** Where the sources' archived copies are public (a verdict page: `{its url}/sources`, then /1, /2…). */
  archivedCopiesAt?: string;
}) {
  const Heading = level;
  return (
    <section aria-labelledby={headingId} className={level === 'h2' ? 'mt-8' : 'mt-4'}>
      <Heading id={headingId} className="text-lg font-semibold text-stone-900">
        Sources
      </Heading>
      {evidence.length === 0 ? (
        <p className="mt-2 text-sm text-stone-700">No sources were listed for this verdict.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {evidence.map((item, index) => (
            <li key={`${item.url}-${index}`} className="rounded-lg border border-stone-200 bg-white p-3">
              <p className="text-sm">
                <span className="me-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs font-semibold text-stone-800">{stanceLabels[item.stance]}</span>
                <a href={item.url} rel="noopener noreferrer nofollow" className="break-words font-medium text-blue-800 underline underline-offset-2">
                  {item.title || item.url}
                </a>
              </p>
              {(item.publisher || item.accessedAt) && (
                <p className="mt-1 text-xs text-stone-700">
                  {[item.publisher, item.accessedAt ? `accessed ${formatDate(item.accessedAt)}` : null].filter(Boolean).join(' · ')}
                </p>
              )}
              {item.passage && <blockquote className="mt-2 border-s-2 border-stone-300 ps-3 text-sm text-stone-800">{item.passage}</blockquote>}
              {item.archive && <ArchivedSourceNote archive={item.archive} href={archivedCopiesAt ? `${archivedCopiesAt}/${index + 1}` : null} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
