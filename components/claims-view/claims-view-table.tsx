'use client';

import Link from 'next/link';
import { useInfiniteQuery } from '@tanstack/react-query';
import { claimStatusLabels } from '@/lib/validations/claim-values';
import { claimsViewSortLabels, type ClaimsViewSort } from '@/lib/validations/claims-view-values';
import type { ClaimsViewFilters, ClaimsViewItemDto, ClaimsViewPageDto } from '@/lib/validations/claims-view';
import { claimsViewOptions } from '@/lib/queries/claims-view';
import { sortedBy, sortOf } from '@/lib/core/claims-view/query-string';
import { formatDate } from '@/lib/format';
import { ShowMoreButton } from '@/components/ui/show-more-button';

type Props = { query: string; filters: ClaimsViewFilters; first: ClaimsViewPageDto };

const COLUMNS: readonly ClaimsViewSort[] = ['statement', 'status', 'verdict', 'assignee', 'claimant', 'article', 'outlet', 'marked', 'published', 'corrected', 'updated'];

const day = (iso: string | null) => (iso ? formatDate(iso) : '—');

function cells(claim: ClaimsViewItemDto): Record<Exclude<ClaimsViewSort, 'statement'>, React.ReactNode> {
  return {
    status: claimStatusLabels[claim.status],
    verdict: claim.verdict?.label ?? '—',
    assignee: claim.assignee?.name ?? 'Unassigned',
    claimant: claim.claimant || '—',
    article: claim.articleTitle,
    outlet: claim.outlet ?? '—',
    marked: day(claim.markedAt),
    published: day(claim.publishedAt),
    corrected: day(claim.correctedAt),
    updated: day(claim.updatedAt),
  };
}

/** The claims as a table, sortable by each column's header link, a page more at a time. */
export function ClaimsViewTable({ query, filters, first }: Props) {
  const list = useInfiniteQuery(claimsViewOptions(query, first));
  const claims = (list.data?.pages ?? [first]).flatMap((page) => page.items);
  const { sort, dir } = sortOf(filters);
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white" tabIndex={0} role="region" aria-label="Claims table">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">Claims, sorted by {claimsViewSortLabels[sort].toLowerCase()} ({dir === 'asc' ? 'ascending' : 'descending'})</caption>
          <thead className="border-b border-stone-200 bg-stone-50 text-xs text-stone-700">
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" aria-sort={column === sort ? (dir === 'asc' ? 'ascending' : 'descending') : undefined} className="px-3 py-2 font-medium whitespace-nowrap">
                  <Link href={`/claims?${sortedBy(filters, column)}`} className="hover:underline">
                    {claimsViewSortLabels[column]}
                    {column === sort && <span aria-hidden="true">{dir === 'asc' ? ' ▲' : ' ▼'}</span>}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {claims.map((claim) => {
              const rest = cells(claim);
              return (
                <tr key={claim.id} className="align-top hover:bg-stone-50">
                  <td className="max-w-md px-3 py-2">
                    <Link href={claim.href} className="font-medium text-stone-900 underline-offset-2 hover:underline">
                      {claim.statement || `“${claim.exact}”`}
                    </Link>
                  </td>
                  {COLUMNS.slice(1).map((column) => (
                    <td key={column} className="px-3 py-2 text-stone-700">
                      {rest[column as keyof typeof rest]}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="text-sm text-stone-600">
        Showing {claims.length.toLocaleString('en')} {claims.length === 1 ? 'claim' : 'claims'}
        {list.hasNextPage ? '; more follow' : ''}.
      </p>
      {list.hasNextPage && (
        <ShowMoreButton loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()} label="Load more claims" loadingLabel="Loading more claims…" />
      )}
      {list.isError && (
        <p role="alert" className="text-sm text-red-700">
          The next claims could not be loaded. Try again.
        </p>
      )}
    </div>
  );
}
