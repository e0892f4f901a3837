'use client';

import { useState, useTransition } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { clsx } from 'clsx';
import { articleFilterParams, hasArticleFilters } from '@/lib/validations/article-list-values';
import type { ArticleFilters } from '@/lib/validations/article-list';
import { buttonClass } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';

type Props = { filters: ArticleFilters; outlets: string[]; children: React.ReactNode };

const labelClass = 'block text-sm font-medium text-stone-800';

/**
 * The article list's filters. They live in the address (a link or a reload shows the same list,
 * back returns to the previous filters): a change navigates to the filtered address, the list
 * dimmed and marked busy until the server's answer replaces it. Without script the form is a
 * plain GET form with an Apply button.
 */
export function ArticleFilterPanel({ filters, outlets, children }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // What the form shows until the new address's list arrives (the page then remounts the panel).
  const [draft, setDraft] = useState(filters);
  const [q, setQ] = useState(filters.q ?? '');

  function apply(next: ArticleFilters) {
    setDraft(next);
    const params = articleFilterParams(next);
    startTransition(() => router.push(`/articles${params.size ? `?${params}` : ''}`));
  }
  const change = <K extends keyof ArticleFilters>(key: K, value: ArticleFilters[K]) => apply({ ...draft, q: q.trim() || undefined, [key]: value });
  const orAbsent = (value: string) => value || undefined;

  return (
    <>
      <form
        action="/articles"
        method="get"
        aria-label="Filter articles"
        onSubmit={(event) => {
          event.preventDefault();
          apply({ ...draft, q: q.trim() || undefined });
        }}
        className="mb-6 grid gap-4 rounded-xl border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        <div className="sm:col-span-2">
          <label htmlFor="article-filter-q" className={labelClass}>
            Search articles
          </label>
          <div className="mt-1 flex gap-2">
            <input id="article-filter-q" name="q" type="search" value={q} onChange={(event) => setQ(event.target.value)} className={inputClass} placeholder="Title, outlet, author or text" />
            <button type="submit" className={buttonClass('secondary')}>
              Search
            </button>
          </div>
        </div>
        <div>
          <label htmlFor="article-filter-outlet" className={labelClass}>
            Outlet
          </label>
          <select id="article-filter-outlet" name="outlet" value={draft.outlet ?? ''} onChange={(event) => change('outlet', orAbsent(event.target.value))} className={clsx(inputClass, 'mt-1')}>
            <option value="">All outlets</option>
            {draft.outlet && !outlets.includes(draft.outlet) && <option value={draft.outlet}>{draft.outlet}</option>}
            {outlets.map((outlet) => (
              <option key={outlet} value={outlet}>
                {outlet}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="space-y-1">
          <legend className={labelClass}>Show only</legend>
          <Check name="changed" label="Changed since review" checked={draft.changed === true} onChange={(checked) => change('changed', checked || undefined)} />
          <Check name="inReview" label="Claims waiting for review" checked={draft.inReview === true} onChange={(checked) => change('inReview', checked || undefined)} />
        </fieldset>
        <div>
          <label htmlFor="article-filter-from" className={labelClass}>
            Imported from
          </label>
          <input id="article-filter-from" name="importedFrom" type="date" value={draft.importedFrom ?? ''} max={draft.importedTo} onChange={(event) => change('importedFrom', orAbsent(event.target.value))} className={clsx(inputClass, 'mt-1')} />
        </div>
        <div>
          <label htmlFor="article-filter-to" className={labelClass}>
            Imported to
          </label>
          <input id="article-filter-to" name="importedTo" type="date" value={draft.importedTo ?? ''} min={draft.importedFrom} onChange={(event) => change('importedTo', orAbsent(event.target.value))} className={clsx(inputClass, 'mt-1')} />
        </div>
        <div className="flex items-end gap-3 sm:col-span-2">
          <noscript>
            <button type="submit" className={buttonClass('secondary')}>
              Apply
            </button>
          </noscript>
          {hasArticleFilters(filters) && (
            <Link href="/articles" className={buttonClass('ghost')}>
              Clear filters
            </Link>
          )}
          <span role="status" className="text-sm text-stone-600">
            {pending ? 'Loading articles…' : ''}
          </span>
        </div>
      </form>
      <div aria-busy={pending} className={clsx('transition-opacity', pending && 'opacity-60')}>
        {children}
      </div>
    </>
  );
}

function Check({ name, label, checked, onChange }: { name: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="flex items-center gap-2 text-sm text-stone-800">
      <input type="checkbox" name={name} value="1" checked={checked} onChange={(event) => onChange(event.target.checked)} className="size-4 rounded border-stone-300" />
      {label}
    </label>
  );
}
