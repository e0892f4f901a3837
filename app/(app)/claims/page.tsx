import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { COUNT_CAP, countWorkspaceClaims, listWorkspaceClaims } from '@/lib/server/claims/list-workspace-claims';
import { listSavedViews } from '@/lib/server/saved-views/list-saved-views';
import { listRatings } from '@/lib/server/workspaces/list-ratings';
import { listAssignableMembers } from '@/lib/server/claims/list-assignable-members';
import { getArticle } from '@/lib/server/articles/get-article';
import { claimsViewFiltersSchema, searchParamsRecord, type ClaimsViewFilters } from '@/lib/validations/claims-view';
import { fieldErrorsOf } from '@/lib/server/api/error-response';
import { filtersToQueryString, hasFilters } from '@/lib/core/claims-view/query-string';
import { ClaimsViewFiltersForm } from '@/components/claims-view/claims-view-filters';
import { ClaimsViewTable } from '@/components/claims-view/claims-view-table';
import { SavedViews } from '@/components/claims-view/saved-views';
import { buttonClass } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Claims' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function countText(count: number): string {
  if (count > COUNT_CAP) return `More than ${COUNT_CAP.toLocaleString('en')} claims match`;
  return `${count.toLocaleString('en')} ${count === 1 ? 'claim matches' : 'claims match'}`;
}

/** The desk-wide claims view: the filters live in the address, so a link shares the view. */
export default async function ClaimsPage({ searchParams }: Props) {
  const actor = await requirePageActor();
  // The page's own paging is the table's "Load more"; a cursor or limit in the address is ignored.
  const { cursor: _cursor, limit: _limit, ...raw } = searchParamsRecord(await searchParams);
  const parsed = claimsViewFiltersSchema.safeParse(raw);
  const filters: ClaimsViewFilters = parsed.success ? parsed.data : {};
  const query = filtersToQueryString(filters);
  const [first, count, saved, ratings, members, article] = await Promise.all([
    listWorkspaceClaims(actor, filters),
    countWorkspaceClaims(actor, filters),
    listSavedViews(actor),
    listRatings(actor),
    listAssignableMembers(actor),
    filters.article ? getArticle(actor, filters.article) : null,
  ]);
  return (
    <div className="mx-auto max-w-[1600px] space-y-6 px-4 py-8">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Claims</h1>
        <a href={`/api/v1/claims/export.csv${query ? `?${query}` : ''}`} className={buttonClass('secondary', 'sm')} download>
          Download CSV of these claims
        </a>
      </div>
      {!parsed.success && (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          Some filters in this address are not valid, so all claims are shown:{' '}
          {Object.entries(fieldErrorsOf(parsed.error))
            .map(([field, messages]) => `${field}: ${messages.join(' ')}`)
            .join('; ')}
          .
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <ClaimsViewFiltersForm key={query} filters={filters} ratings={ratings} members={members} articleTitle={article?.title ?? null} />
        <SavedViews views={saved.views} currentQuery={query} />
      </div>
      <p role="status" className="text-sm font-medium text-stone-800">
        {countText(count)}
      </p>
      {first.items.length === 0 ? (
        <div className="rounded-xl border border-dashed border-stone-300 bg-white p-8 text-center">
          <p className="font-medium text-stone-900">{hasFilters(filters) ? 'No claims match these filters' : 'No claims yet'}</p>
          {hasFilters(filters) ? (
            <Link href="/claims" className={`${buttonClass('secondary', 'sm')} mt-3`}>
              Clear filters
            </Link>
          ) : (
            <p className="mt-1 text-sm text-stone-600">Claims marked on any article of the workspace appear here.</p>
          )}
        </div>
      ) : (
        <ClaimsViewTable key={query} query={query} filters={filters} first={first} />
      )}
    </div>
  );
}
