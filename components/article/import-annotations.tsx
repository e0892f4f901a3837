'use client';

import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AnnotationImportResult } from '@/lib/validations/annotation-import';
import { apiFetch } from '@/lib/queries/api-client';
import { claimKeys } from '@/lib/queries/claims';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';

const MAX_FILE_BYTES = 4 * 1024 * 1024;

type Draft = { fileName: string; annotations: unknown; preview: AnnotationImportResult };

const methodLabels: Record<string, string> = { position: 'at the same place', quote: 'by quote', fuzzy: 'approximately' };

/**
 * Brings highlights from Hypothesis or another Factdesk (W3C Web Annotations): the file is first
 * placed on the text without saving (a dry run), so the editor sees what lands where and what
 * cannot be placed, then imports it in one go.
 */
export function ImportAnnotations({ articleId }: { articleId: string }) {
  const inputId = useId();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);

  const post = (annotations: unknown, dryRun: boolean) =>
    apiFetch<AnnotationImportResult>(`/api/v1/articles/${articleId}/annotations${dryRun ? '?dryRun=1' : ''}`, { method: 'POST', body: annotations });

  const preview = useMutation({
    mutationFn: async (file: File) => {
      if (file.size > MAX_FILE_BYTES) throw new Error('The file is larger than 4 MB.');
      let annotations: unknown;
      try {
        annotations = JSON.parse(await file.text());
      } catch {
        throw new Error('The file is not JSON. Export annotations as JSON-LD or JSON.');
      }
      return { fileName: file.name, annotations, preview: await post(annotations, true) };
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

  const result = draft?.preview;
  return (
    <section aria-labelledby={`${inputId}-title`} className="mt-6 rounded-lg border border-stone-200 p-3 text-sm">
      <h3 id={`${inputId}-title`} className="font-semibold text-stone-800">
        Import annotations
      </h3>
      <p className="mt-1 text-xs text-stone-600">W3C Web Annotations from Hypothesis or another Factdesk become claims here.</p>
      <label htmlFor={inputId} className="mt-2 block text-xs font-medium text-stone-800">
        Annotation file (.json, .jsonld)
      </label>
      <input
        id={inputId}
        type="file"
        accept=".json,.jsonld,application/json,application/ld+json"
        className="mt-1 block w-full text-xs"
        disabled={preview.isPending || save.isPending}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) preview.mutate(file);
          e.target.value = '';
        }}
      />
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
    </section>
  );
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}
