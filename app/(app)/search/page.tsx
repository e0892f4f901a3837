import type { Metadata } from 'next';
import Link from 'next/link';
import { clsx } from 'clsx';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { searchWorkspace } from '@/lib/server/search/search';
import { AppError } from '@/lib/errors';
import { searchKindLabels, searchKinds, searchQuerySchema, type SearchResultsDto } from '@/lib/validations/search';
import { inputClass } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button';
import { SearchResults } from '@/components/search/search-results';

export const metadata: Metadata = { title: 'Search' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function pageHref(q: string, kind: string | undefined, cursor?: string): string {
  const params = new URLSearchParams({ q });
  if (kind) params.set('kinds', kind);
  if (cursor) params.set('cursor', cursor);
  return `/search?${params}`;
}

export default async function SearchPage({ searchParams }: Props) {
  const actor = await requirePageActor();
  const raw = await searchParams;
  const q = first(raw.q) ?? '';
  const kind = searchKinds.find((k) => k === first(raw.kinds));
  const parsed = searchQuerySchema.safeParse({ q, kinds: kind, cursor: first(raw.cursor), limit: '30' });
  let found: SearchResultsDto | null = null;
  let problem: string | null = parsed.success ? null : (parsed.error.issues[0]?.message ?? 'This search cannot be run.');
  if (parsed.success && q.trim()) {
    try {
      found = await searchWorkspace(actor, parsed.data);
    } catch (error) {
      // A stale or edited cursor in the address: say so rather than fail the page.
      if (!(error instanceof AppError)) throw error;
      problem = error.message;
    }
  }
  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-semibold tracking-tight">Search</h1>
      <form action="/search" className="flex gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          Search the desk
        </label>
        <input id="search-page-q" name="q" type="search" defaultValue={q} className={inputClass} />
        {kind && <input type="hidden" name="kinds" value={kind} />}
        <button type="submit" className={buttonClass()}>
          Search
        </button>
      </form>
      {q.trim() && (
        <nav aria-label="Kinds of results" className="flex flex-wrap gap-1 text-sm">
          {[undefined, ...searchKinds].map((k) => (
            <Link
              key={k ?? 'all'}
              href={pageHref(q, k)}
              aria-current={k === kind ? 'page' : undefined}
              className={clsx('rounded px-3 py-1.5 hover:bg-stone-100', k === kind && 'bg-stone-100 font-medium text-stone-950')}
            >
              {k ? searchKindLabels[k] : 'All'}
            </Link>
          ))}
        </nav>
      )}
      {problem && <p role="alert" className="text-sm text-red-800">{problem}</p>}
      {found && found.results.length === 0 && <p className="text-stone-700">Nothing found for “{q}”.</p>}
      {found && found.results.length > 0 && <SearchResults results={found.results} />}
      {found?.nextCursor && (
        <Link href={pageHref(q, kind, found.nextCursor)} className={buttonClass('secondary')}>
          Next results
        </Link>
      )}
    </div>
  );
}
