'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { SavedViewDto } from '@/lib/validations/claims-view';
import { useCreateSavedView, useDeleteSavedView } from '@/lib/queries/use-saved-view-mutations';
import { ApiError } from '@/lib/queries/api-client';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';

type Props = { views: SavedViewDto[]; currentQuery: string };

const messageOf = (error: unknown) => (error instanceof ApiError ? (error.fields?.name?.[0] ?? error.message) : 'That did not work. Try again.');

function SavedViewItem({ view, current }: { view: SavedViewDto; current: boolean }) {
  const router = useRouter();
  const remove = useDeleteSavedView();
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="flex flex-wrap items-center gap-2 text-sm">
      <Link href={`/claims?${view.query}`} aria-current={current ? 'page' : undefined} className="font-medium text-blue-800 underline-offset-2 hover:underline aria-[current=page]:text-stone-950">
        {view.name}
      </Link>
      {confirming ? (
        <>
          <Button size="sm" variant="danger" disabled={remove.isPending} onClick={() => remove.mutate(view, { onSuccess: () => router.refresh() })}>
            Delete “{view.name}”
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
            Keep it
          </Button>
        </>
      ) : (
        <Button size="sm" variant="ghost" aria-label={`Delete view “${view.name}”`} onClick={() => setConfirming(true)}>
          Delete
        </Button>
      )}
      {remove.isError && <span role="alert" className="text-red-700">{messageOf(remove.error)}</span>}
    </li>
  );
}

/** The member's saved views (links to their URLs) and a form to save the current filters. */
export function SavedViews({ views, currentQuery }: Props) {
  const router = useRouter();
  const create = useCreateSavedView();
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name, query: currentQuery },
      {
        onSuccess: (view) => {
          setSaved(view.name);
          setName('');
          router.refresh();
        },
      },
    );
  };
  return (
    <section aria-labelledby="saved-views-heading" className="space-y-3 rounded-xl border border-stone-200 bg-white p-4">
      <h2 id="saved-views-heading" className="text-base font-semibold text-stone-900">
        Saved views
      </h2>
      {views.length === 0 ? (
        <p className="text-sm text-stone-600">No saved views yet. Filter the claims, then save the view under a name.</p>
      ) : (
        <ul className="space-y-1">
          {views.map((view) => (
            <SavedViewItem key={view.id} view={view} current={view.query === currentQuery} />
          ))}
        </ul>
      )}
      <form onSubmit={save} className="flex flex-wrap items-end gap-2">
        <label className="block space-y-1 text-sm font-medium text-stone-800">
          Name of this view
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} className={`${inputClass} py-1.5 text-sm`} placeholder="Unassigned this week" />
        </label>
        <Button type="submit" variant="secondary" disabled={create.isPending || name.trim() === ''}>
          Save view
        </Button>
      </form>
      <p role="status" className="text-sm text-stone-700">
        {create.isError ? '' : saved ? `Saved “${saved}”.` : ''}
      </p>
      {create.isError && (
        <p role="alert" className="text-sm text-red-700">
          {messageOf(create.error)}
        </p>
      )}
    </section>
  );
}
