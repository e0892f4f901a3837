'use client';

import { useActionState, useState, useTransition } from 'react';
import { clsx } from 'clsx';
import { importArticleAction } from '@/app/(app)/articles/new/actions';
import { Field, FormError, inputClass } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import type { FormState } from '@/lib/validations/auth';
import { previewArticleAction, type PreviewState } from '@/app/(app)/articles/new/preview-action';
import { DuplicateNotice } from './duplicate-notice';
import { LinkPreview } from './link-preview';

type Mode = 'paste' | 'file' | 'url';

const modeLabels: Record<Mode, string> = { paste: 'Paste text', file: 'Upload a file', url: 'From a link' };

export function ImportArticleForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(importArticleAction, {});
  const [mode, setMode] = useState<Mode>((state.values?.mode as Mode) || 'paste');
  const v = state.values ?? {};
  // Import by link is two steps: fetch a preview, then import with the details corrected.
  const [url, setUrl] = useState(v.url ?? '');
  const [previewState, setPreviewState] = useState<PreviewState>({});
  const [previewing, startPreview] = useTransition();
  const [allowDuplicate, setAllowDuplicate] = useState(false);
  const preview = mode === 'url' ? previewState.preview : undefined;
  const f = { ...state.fields, ...(mode === 'url' ? previewState.fields : undefined) };
  const duplicate = preview?.duplicate ?? (v.duplicateId ? { id: v.duplicateId, title: v.duplicateTitle ?? '' } : null);
  const fetchPreview = () =>
    startPreview(async () => {
      setAllowDuplicate(false);
      setPreviewState(await previewArticleAction(url));
    });
  // The details the page gave are the starting values of the fields, for the editor to correct.
  const defaults = {
    title: v.title || preview?.title || undefined,
    author: v.author || preview?.author || undefined,
    outlet: v.outlet || preview?.outlet || undefined,
    publishedAt: v.publishedAt || preview?.publishedAt?.slice(0, 10),
  };

  return (
    <form action={action} className="space-y-6" noValidate>
      <FormError message={mode === 'url' && previewState.error ? previewState.error : duplicate ? undefined : state.error} />
      <input type="hidden" name="allowDuplicate" value={allowDuplicate ? 'true' : 'false'} />
      {/* The mode is sent from here, not from the radios: React resets the form after each
          submission, which puts the radios back to their first default (paste) while the page
          still shows the mode chosen, so a second try would be imported the wrong way. */}
      <input type="hidden" name="mode" value={mode} />
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-stone-800">How do you want to import it?</legend>
        <div className="inline-flex rounded-lg border border-stone-300 bg-white p-1" role="radiogroup">
          {(['paste', 'file', 'url'] as const).map((m) => (
            <label
              key={m}
              className={clsx('cursor-pointer rounded-md px-4 py-1.5 text-sm', mode === m ? 'bg-stone-900 text-white' : 'text-stone-800 hover:bg-stone-100')}
            >
              <input type="radio" name="mode-choice" value={m} checked={mode === m} onChange={() => setMode(m)} className="sr-only" />
              {modeLabels[m]}
            </label>
          ))}
        </div>
      </fieldset>

      {mode === 'paste' ? (
        <div className="space-y-1">
          <label htmlFor="article-text" className="block text-sm font-medium text-stone-800">
            Article text
          </label>
          <textarea
            id="article-text"
            name="text"
            rows={14}
            defaultValue={v.text}
            className={clsx(inputClass, 'font-serif leading-relaxed')}
            placeholder="Paste the article here. Separate paragraphs with a blank line."
            aria-invalid={f.content?.length || f.text?.length ? true : undefined}
            aria-describedby="article-text-error"
          />
          {(f.content ?? f.text)?.length ? (
            <p id="article-text-error" className="text-sm text-red-700">
              {(f.content ?? f.text)?.join(' ')}
            </p>
          ) : null}
        </div>
      ) : mode === 'url' ? (
        <div className="space-y-1">
          <label htmlFor="article-url" className="block text-sm font-medium text-stone-800">
            Link to the article
          </label>
          <input
            id="article-url"
            name="url"
            type="url"
            inputMode="url"
            placeholder="https://"
            value={url}
            onChange={(event) => {
              setUrl(event.target.value);
              setPreviewState({});
            }}
            onKeyDown={(event) => {
              // Enter on the link fetches the preview; importing needs the preview first.
              if (event.key === 'Enter' && !preview) {
                event.preventDefault();
                fetchPreview();
              }
            }}
            className={inputClass}
            aria-invalid={f.url?.length ? true : undefined}
            aria-describedby="article-url-hint article-url-error"
          />
          <p id="article-url-hint" className="text-xs text-stone-600">
            The page is fetched and its story kept as it is today: navigation, ads and footers are dropped. Fetch a preview to check
            the story and correct its title, author, outlet and date before importing.
          </p>
          <Button variant="secondary" onClick={fetchPreview} disabled={previewing || url.trim() === ''} className="mt-2">
            {previewing ? 'Fetching the page…' : preview ? 'Fetch again' : 'Fetch preview'}
          </Button>
          {f.url?.length ? (
            <p id="article-url-error" className="text-sm text-red-700">
              {f.url.join(' ')}
            </p>
          ) : null}
        </div>
      ) : (
        <div className="space-y-1">
          <label htmlFor="article-file" className="block text-sm font-medium text-stone-800">
            File (.txt, .md or .html, up to 2 MB)
          </label>
          <input
            id="article-file"
            name="file"
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            className="block w-full text-sm file:mr-4 file:rounded-md file:border-0 file:bg-stone-900 file:px-4 file:py-2 file:text-white"
            aria-describedby="article-file-hint article-file-error"
          />
          <p id="article-file-hint" className="text-xs text-stone-600">
            HTML is reduced to paragraphs, headings, lists, quotes and links; scripts and styles are dropped. Title, author and date are
            read from the file when you leave them empty.
          </p>
          {(f.file ?? f.content)?.length ? (
            <p id="article-file-error" className="text-sm text-red-700">
              {(f.file ?? f.content)?.join(' ')}
            </p>
          ) : null}
        </div>
      )}

      {preview && <LinkPreview preview={preview} />}
      {duplicate && <DuplicateNotice article={duplicate} allowed={allowDuplicate} onImportAnyway={() => setAllowDuplicate(true)} />}

      <div className="grid gap-4 sm:grid-cols-2" key={preview?.contentHash ?? 'manual'}>
        <Field label="Title" name="title" defaultValue={defaults.title} errors={f.title} className="sm:col-span-2" hint={mode === 'file' ? 'Leave empty to use the file’s title.' : mode === 'url' ? 'Leave empty to use the page’s title.' : undefined} />
        {/* With a link, the link is the source. */}
        {mode === 'url' ? null : (
          <Field label="Source link" name="sourceUrl" type="url" placeholder="https://" defaultValue={v.sourceUrl} errors={f.sourceUrl} className="sm:col-span-2" />
        )}
        <Field label="Author" name="author" defaultValue={defaults.author} errors={f.author} />
        <Field label="Outlet" name="outlet" defaultValue={defaults.outlet} errors={f.outlet} />
        <Field label="Publication date" name="publishedAt" type="date" defaultValue={defaults.publishedAt} errors={f.publishedAt} />
      </div>

      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending || (mode === 'url' && !preview) || (duplicate !== null && !allowDuplicate)}>
          {pending ? (mode === 'url' ? 'Fetching the page…' : 'Importing…') : 'Import and freeze'}
        </Button>
        <p className="text-sm text-stone-600">The text is frozen on import; claims point into exactly this text.</p>
      </div>
    </form>
  );
}
