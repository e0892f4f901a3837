'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { useAddRevisedText, type RevisedTextBody } from '@/lib/queries/article-revisions';
import type { AddVersionResultDto } from '@/lib/validations/article-version';
import { useToast } from '@/components/ui/toast';
import { useOnScreen } from '@/components/ui/use-on-screen';
import { refreshForVersion } from './refresh-for-version';

type Mode = 'paste' | 'file' | 'url';
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** The body a chosen file is sent as: its kind by extension, as the import page reads it. */
async function fileBody(file: File): Promise<RevisedTextBody | string> {
  if (file.size > MAX_FILE_BYTES) return 'The file is larger than 2 MB';
  const name = file.name.toLowerCase();
  const text = await file.text();
  if (name.endsWith('.html') || name.endsWith('.htm')) return { html: text };
  if (name.endsWith('.md') || name.endsWith('.markdown')) return { markdown: text };
  if (name.endsWith('.txt')) return { text };
  return 'Only .txt, .md and .html files can be added';
}

/**
 * "Add revised text": a corrected transcript pasted, a file, or a link, for any article. It
 * becomes a new version with the claims moved onto it (or orphaned), like "Check for changes".
 */
export function AddRevisedText({ articleId, onDone }: { articleId: string; onDone?: () => void }) {
  const router = useRouter();
  const add = useAddRevisedText(articleId, {
    onChanged: (versionId) => refreshForVersion(router, versionId),
    notify: useToast().show,
    shownInline: useOnScreen(),
  });
  const [mode, setMode] = useState<Mode>('paste');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    const form = new FormData(event.currentTarget);
    let body: RevisedTextBody | string;
    if (mode === 'paste') {
      const text = String(form.get('text') ?? '');
      body = text.trim() ? { text } : 'Paste the revised text';
    } else if (mode === 'url') {
      const url = String(form.get('url') ?? '').trim();
      body = url ? { url } : 'Enter the link of the revised story';
    } else {
      const file = form.get('file');
      body = file instanceof File && file.size > 0 ? await fileBody(file) : 'Choose a .txt, .md or .html file';
    }
    if (typeof body === 'string') return setProblem(body);
    add.mutate(body);
  };

  return (
    <section aria-label="Add revised text" className="mt-3 rounded-lg border border-stone-200 bg-stone-50 p-4 text-sm">
      <h2 className="font-semibold text-stone-900">Add a revised text</h2>
      <p className="mt-1 text-stone-700">It becomes a new version; the claims follow their words, and those whose words are gone are listed apart.</p>
      <fieldset className="mt-3 flex gap-4">
        <legend className="sr-only">Where the revised text comes from</legend>
        {(['paste', 'file', 'url'] as const).map((m) => (
          <label key={m} className="flex items-center gap-1">
            <input type="radio" name="revised-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
            {m === 'paste' ? 'Paste text' : m === 'file' ? 'Upload a file' : 'From a link'}
          </label>
        ))}
      </fieldset>
      <form onSubmit={(e) => void submit(e)} className="mt-3 space-y-3" noValidate>
        {mode === 'paste' && (
          <div className="space-y-1">
            <label htmlFor="revised-text" className="block font-medium text-stone-800">
              Revised text
            </label>
            <textarea id="revised-text" name="text" rows={8} className={inputClass} />
          </div>
        )}
        {mode === 'file' && (
          <div className="space-y-1">
            <label htmlFor="revised-file" className="block font-medium text-stone-800">
              File (.txt, .md or .html)
            </label>
            <input id="revised-file" name="file" type="file" accept=".txt,.md,.markdown,.html,.htm" />
          </div>
        )}
        {mode === 'url' && <Field label="Link to the revised story" name="url" type="url" placeholder="https://" />}
        {(problem || add.isError) && (
          <p role="alert" className="text-red-700">
            {problem ?? add.error?.message}
          </p>
        )}
        <div className="flex gap-2">
          <Button type="submit" size="sm" disabled={add.isPending}>
            {add.isPending ? 'Comparing…' : 'Add as new version'}
          </Button>
          {onDone && (
            <Button size="sm" variant="ghost" onClick={onDone}>
              Close
            </Button>
          )}
        </div>
      </form>
      <div role="status" className="mt-2 empty:hidden">
        {add.isSuccess && <Outcome result={add.data} />}
      </div>
    </section>
  );
}

function Outcome({ result }: { result: AddVersionResultDto }) {
  if (result.status === 'unchanged') {
    return <p className="text-stone-700">Nothing new: this is already the text of version {result.version.number}, so no version was added.</p>;
  }
  const { claims } = result;
  const moved = claims.position + claims.quote + claims.fuzzy;
  return (
    <p className="text-stone-800">
      Version {result.version.number} added (version {result.previousVersion} kept as it was): {moved} {moved === 1 ? 'claim' : 'claims'} moved with the text
      {claims.orphaned > 0 ? `, ${claims.orphaned} lost ${claims.orphaned === 1 ? 'its' : 'their'} place and ${claims.orphaned === 1 ? 'is' : 'are'} listed apart.` : '.'}
    </p>
  );
}
