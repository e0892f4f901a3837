'use client';

import { useActionState, useState } from 'react';
import { clsx } from 'clsx';
import { importArticleAction } from '@/app/(app)/articles/new/actions';
import { Field, FormError, inputClass } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import type { FormState } from '@/lib/validations/auth';

type Mode = 'paste' | 'file' | 'url';

const modeLabels: Record<Mode, string> = { paste: 'Paste text', file: 'Upload a file', url: 'From a link' };

export function ImportArticleForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(importArticleAction, {});
  const [mode, setMode] = useState<Mode>((state.values?.mode as Mode) || 'paste');
  const v = state.values ?? {};
  const f = state.fields ?? {};

  return (
    <form action={action} className="space-y-6" noValidate>
      <FormError message={state.error} />
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
            defaultValue={v.url}
            className={inputClass}
            aria-invalid={f.url?.length ? true : undefined}
            aria-describedby="article-url-hint article-url-error"
          />
          <p id="article-url-hint" className="text-xs text-stone-600">
            The page is fetched now and its story kept as it is today: navigation, ads and footers are dropped. Title, author, outlet and
            date are read from the page when you leave them empty.
          </p>
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

      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Title" name="title" defaultValue={v.title} errors={f.title} className="sm:col-span-2" hint={mode === 'file' ? 'Leave empty to use the file’s title.' : mode === 'url' ? 'Leave empty to use the page’s title.' : undefined} />
        {/* With a link, the link is the source. */}
        {mode === 'url' ? null : (
          <Field label="Source link" name="sourceUrl" type="url" placeholder="https://" defaultValue={v.sourceUrl} errors={f.sourceUrl} className="sm:col-span-2" />
        )}
        <Field label="Author" name="author" defaultValue={v.author} errors={f.author} />
        <Field label="Outlet" name="outlet" defaultValue={v.outlet} errors={f.outlet} />
        <Field label="Publication date" name="publishedAt" type="date" defaultValue={v.publishedAt} errors={f.publishedAt} />
      </div>

      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? (mode === 'url' ? 'Fetching the page…' : 'Importing…') : 'Import and freeze'}
        </Button>
        <p className="text-sm text-stone-600">The text is frozen on import; claims point into exactly this text.</p>
      </div>
    </form>
  );
}
