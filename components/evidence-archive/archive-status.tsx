'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/queries/api-client';
import { Button } from '@/components/ui/button';
import type { EvidenceArchiveDto } from '@/lib/validations/evidence-archive';
import { evidenceArchiveOptions } from '@/lib/queries/evidence-archive';
import { formatDateTime } from '@/lib/format';
import { WaybackNote } from './wayback-note';

type Props = { evidenceId: string; url: string; passage: string; canCheck: boolean };

/** What the archived copy says, in one sentence. */
export function archiveSentence(archive: EvidenceArchiveDto): string {
  const when = archive.archivedAt ? formatDateTime(archive.archivedAt) : '';
  switch (archive.state) {
    case 'none':
      return 'Not archived.';
    case 'pending':
      return archive.error ? `Archiving… (the last attempt failed: ${archive.error} Trying again.)` : 'Archiving…';
    case 'failed':
      return `Archiving failed: ${archive.error ?? 'unknown error.'}`;
    case 'archived':
      if (archive.passage === 'found') return `Passage found in the copy archived on ${when}.`;
      if (archive.passage === 'not_found') return `Passage not found in the copy archived on ${when}.`;
      return `Archived on ${when}.`;
  }
}

const checkSentence = { changed: 'Source changed since archived', gone: 'Source gone', ok: null } as const;

/** The evidence's archived copy in the claim panel: its state, a link to open it, re-check flags. */
export function ArchiveStatus({ evidenceId, url, passage, canCheck }: Props) {
  const options = evidenceArchiveOptions(evidenceId, url, passage);
  const { data } = useQuery(options);
  const queryClient = useQueryClient();
  // The answer comes from the job: the archive is shown as pending (archiving) or read again shortly.
  const check = useMutation({
    mutationFn: () => apiFetch<EvidenceArchiveDto>(`/api/v1/evidence/${evidenceId}/archive/check`, { method: 'POST' }),
    onSuccess: (archive) => {
      queryClient.setQueryData(options.queryKey, archive);
      setTimeout(() => void queryClient.invalidateQueries({ queryKey: options.queryKey }), 3_000);
    },
  });
  if (!data) return null;
  const flag = data.check ? checkSentence[data.check.state] : null;
  return (
    <div className="mt-2 text-xs text-stone-700" data-testid="archive-status">
      <span role="status">{archiveSentence(data)}</span>
      {data.state === 'archived' && (
        <>
          {' '}
          <a href={`/evidence/${evidenceId}/archive#passage`} className="text-blue-800 underline underline-offset-2">
            Open the archived copy
          </a>
        </>
      )}
      {canCheck && data.state !== 'pending' && (
        <Button size="sm" variant="ghost" className="ms-1" disabled={check.isPending} onClick={() => check.mutate()}>
          {data.state === 'archived' ? 'Check the live page' : 'Archive now'}
        </Button>
      )}
      {data.wayback?.state === 'saved' && data.wayback.url && <WaybackNote url={data.wayback.url} className="mt-1" />}
      {data.wayback?.state === 'queued' && <p className="mt-1">Waiting for the Wayback Machine to make its copy.</p>}
      {data.wayback?.state === 'failed' && <p className="mt-1">Not saved to the Wayback Machine: {data.wayback.error ?? 'no reason given.'}</p>}
      {flag && data.check && (
        <p className="mt-1 font-medium text-amber-900" title={data.check.detail}>
          {flag} (checked {formatDateTime(data.check.checkedAt)}).
        </p>
      )}
    </div>
  );
}
