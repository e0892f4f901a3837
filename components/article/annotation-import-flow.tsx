'use client';

import { useEffect, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AnnotationImportResult } from '@/lib/validations/annotation-import';
import { apiFetch } from '@/lib/queries/api-client';
import { claimKeys } from '@/lib/queries/claims';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';

const MAX_FILE_BYTES = 4 * 1024 * 1024;

type Draft = { fileName: string; annotations: unknown; preview: AnnotationImportResult };

const methodLabels: Record<string, string> = { position: 'at the same place', quote: 'by quote', fuzzy: 'approximately' };

type AnnotationImportFlowProps = {
  articleId: string;
  /** The file just chosen: placed on the text without saving as soon as this mounts. */
  file: File;
  /** Whether a request is on its way (the file input is disabled meanwhile). */
  onBusyChange: (busy: boolean) => void;
};

/**
 * One chosen annotation file: the dry run (what lands where, what cannot be placed), then the
 * import in one go. Loaded when a file is first chosen, not with the article page (decision 043).
 */
export function AnnotationImportFlow({ articleId, file, onBusyChange }: AnnotationImportFlowProps) {
  const toast = useToast();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);

  const post = (annotations: unknown, dryRun: boolean) =>
    apiFetch<AnnotationImportResult>(`/api/v1/articles/${articleId}/annotations${dryRun ? '?dryRun=1' : ''}`, { method: 'POST', body: annotations });

  const preview = useMutation({
    mutationFn: async (chosen: File) => {
      if (chosen.size > MAX_FILE_BYTES) throw new Error('The file is larger than 4 MB.');
      let annotations: unknown;
      try {
        annotations = JSON.parse(await chosen.text());
      } catch {
        throw new Error('The file is not JSON. Export annotations as JSON-LD or JSON.');
      }
      return { fileName: chosen.name, annotations, preview: await post(annotations, true) };
    },
    onMutate: () => setError(null),
    onSuccess: setDraft,
    onError: (e) => setError(e.message),
  });

  const save = useMutation({
    mutationFn: (current: Draft) => post(current.annotations, false),
    onSuccess: async (result) => {
      setDraft(null);
      await queryClient.invalidateQueries({ queryKey: claimKeys.list(articleId) });
      const unplaced = result.unanchored.length > 0 ? ` ${result.unanchored.length} could not be placed.` : '';
      toast.show(`Imported ${result.created.length} claim${result.created.length === 1 ? '' : 's'}.${unplaced}`);
    },
    onError: (e) => setError(e.message),
  });

  // Once per chosen file (the parent mounts a new flow for each).
  const started = useRef(false);
  const { mutate: placeFile } = preview;
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    placeFile(file);
  }, [placeFile, file]);

  const busy = preview.isPending || save.isPending;
  useEffect(() => onBusyChange(busy), [busy, onBusyChange]);

  const result = draft?.preview;
  return (
    <>
      {preview.isPending && <p role="status" className="mt-2 text-xs text-stone-700">Placing the annotations on the text…</p>}
      {error && (
        <p role="alert" className="mt-2 text-xs text-red-800">
          {error}
        </p>
      )}
      {result && draft && (
        <div className="mt-3 space-y-2" role="region" aria-label="Annotation import preview">
          <p className="text-stone-800">
            <strong>{result.created.length}</strong> of {result.created.length + result.unanchored.length + result.skipped.length} from{' '}
            <span className="break-all">{draft.fileName}</span> can be placed
            {result.created.length > 0 &&
              ` (${Object.entries(countBy(result.created.map((c) => c.method)))
                .map(([method, n]) => `${n} ${methodLabels[method] ?? method}`)
                .join(', ')})`}
            .
          </p>
          {result.unanchored.length + result.skipped.length > 0 && (
            <ul className="max-h-40 space-y-1 overflow-y-auto text-xs text-stone-700">
              {result.unanchored.map((u) => (
                <li key={`u${u.index}`}>
                  <q className="italic">{u.quote.exact}</q>: {u.message}
                </li>
              ))}
              {result.skipped.map((s) => (
                <li key={`s${s.index}`}>{s.message}</li>
              ))}
            </ul>
          )}
          <div className="flex gap-2">
            <Button size="sm" disabled={result.created.length === 0 || save.isPending} onClick={() => save.mutate(draft)}>
              {save.isPending ? 'Importing…' : `Import ${result.created.length} claim${result.created.length === 1 ? '' : 's'}`}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setDraft(null)} disabled={save.isPending}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </>
  );
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}
