'use client';

import { lazy, Suspense, useId, useState } from 'react';

// The dry run, the preview and the import load when a file is first chosen (decision 043).
const AnnotationImportFlow = lazy(() => import('./annotation-import-flow').then((m) => ({ default: m.AnnotationImportFlow })));

/**
 * Brings highlights from Hypothesis or another Factdesk (W3C Web Annotations): the file is first
 * placed on the text without saving (a dry run), so the editor sees what lands where and what
 * cannot be placed, then imports it in one go.
 */
export function ImportAnnotations({ articleId }: { articleId: string }) {
  const inputId = useId();
  const [chosen, setChosen] = useState<{ file: File; attempt: number } | null>(null);
  const [busy, setBusy] = useState(false);

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
        disabled={busy}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) setChosen((previous) => ({ file, attempt: (previous?.attempt ?? 0) + 1 }));
          e.target.value = '';
        }}
      />
      {chosen && (
        <Suspense fallback={<p role="status" className="mt-2 text-xs text-stone-700">Placing the annotations on the text…</p>}>
          <AnnotationImportFlow key={chosen.attempt} articleId={articleId} file={chosen.file} onBusyChange={setBusy} />
        </Suspense>
      )}
    </section>
  );
}
