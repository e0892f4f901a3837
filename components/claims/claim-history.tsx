'use client';

import { useQuery } from '@tanstack/react-query';
import { claimHistoryOptions } from '@/lib/queries/claims';
import { formatDateTime } from '@/lib/format';
import type { ClaimEventDto } from '@/lib/validations/claim';

const kindLabels: Record<string, string> = {
  created: 'marked the claim',
  deleted: 'deleted the claim',
  restored: 'restored the claim',
  evidence_added: 'added evidence',
  evidence_updated: 'edited evidence',
  evidence_removed: 'removed evidence',
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
  const label = kindLabels[event.kind] ?? event.kind;
  const detail = event.to ?? event.from;
  return detail && event.kind.startsWith('evidence') ? `${label}: ${clip(detail)}` : label;
}

/** Who changed what and when, newest first. */
export function ClaimHistory({ claimId }: { claimId: string }) {
  const { data, isPending, isError } = useQuery(claimHistoryOptions(claimId));
  return (
    <section aria-labelledby={`history-${claimId}`}>
      <h3 id={`history-${claimId}`} className="mb-2 text-xs font-semibold uppercase tracking-wide text-stone-700">
        History
      </h3>
      {isPending && <p className="text-sm text-stone-600">Loading history…</p>}
      {isError && <p className="text-sm text-red-700">The history could not be loaded.</p>}
      {data && (
        <ol className="space-y-1.5 text-xs text-stone-700">
          {data.map((event) => (
            <li key={event.id}>
              <time dateTime={event.at} className="text-stone-500">
                {formatDateTime(event.at)}
              </time>{' '}
              <span className="font-medium text-stone-900">{event.actor || 'Someone'}</span> {describe(event)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
