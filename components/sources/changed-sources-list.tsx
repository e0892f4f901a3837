import Link from 'next/link';
import { formatDateTime } from '@/lib/format';
import type { ChangedSourceDto } from '@/lib/validations/changed-sources';

const badge = {
  changed: { label: 'Page changed', className: 'bg-amber-100 text-amber-900' },
  gone: { label: 'Page gone', className: 'bg-red-100 text-red-900' },
} as const;

/** Sources whose live page changed or went away since archived, newest check first. */
export function ChangedSourcesList({ sources }: { sources: ChangedSourceDto[] }) {
  if (sources.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-stone-300 bg-white px-4 py-8 text-center text-stone-700">
        No changed sources. Archived sources are re-checked weekly; one whose passage is no longer on the live page, or whose page is gone, shows up here.
      </p>
    );
  }
  return (
    <ol className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white" aria-label="Changed sources, newest check first">
      {sources.map((source) => (
        <li key={source.evidence.id} className="space-y-1 px-4 py-3">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <span className={`rounded px-2 py-0.5 text-xs font-semibold ${badge[source.check.state].className}`}>{badge[source.check.state].label}</span>
            <strong className="font-semibold break-all text-stone-900">{source.evidence.title || source.evidence.url}</strong>
            <span className="text-stone-700">· checked {formatDateTime(source.check.checkedAt)}</span>
          </p>
          {source.check.detail && <p className="text-sm text-stone-700">{source.check.detail}</p>}
          <p className="text-xs break-all text-stone-600">{source.evidence.url}</p>
          <p className="text-stone-900">“{source.claim.text}”</p>
          <p className="flex flex-wrap gap-x-4 text-sm">
            <Link
              href={`/articles/${source.article.id}?claim=${source.claim.id}&evidence=${source.evidence.id}`}
              className="text-blue-800 underline hover:text-blue-950"
            >
              Open the claim in “{source.article.title}”
            </Link>
            <Link href={`/evidence/${source.evidence.id}/archive`} className="text-blue-800 underline hover:text-blue-950">
              Archived copy{source.archivedAt ? ` (${formatDateTime(source.archivedAt)})` : ''}
            </Link>
          </p>
        </li>
      ))}
    </ol>
  );
}
