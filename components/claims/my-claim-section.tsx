'use client';

import Link from 'next/link';
import { useInfiniteQuery } from '@tanstack/react-query';
import { claimStatusLabels } from '@/lib/validations/claim-values';
import type { MyClaimSection as Section } from '@/lib/validations/my-claims';
import { myClaimSectionOptions, type MyClaimPage } from '@/lib/queries/my-claims';
import { formatDateTime } from '@/lib/format';
import { ShowMoreButton } from '@/components/ui/show-more-button';

type MyClaimSectionProps = { section: Section; title: string; first: MyClaimPage; empty: string };

/** One queue of the "My claims" page, a page at a time; each claim opens in its article's review screen. */
export function MyClaimSection({ section, title, first, empty }: MyClaimSectionProps) {
  const query = useInfiniteQuery(myClaimSectionOptions(section, first));
  const claims = (query.data?.pages ?? [first]).flatMap((page) => page.claims);
  const headingId = `queue-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-3 text-lg font-semibold text-stone-900">
        {title} <span className="font-normal text-stone-600">({claims.length}
          {query.hasNextPage ? '+' : ''})</span>
      </h2>
      {claims.length === 0 ? (
        <p className="text-sm text-stone-600">{empty}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {claims.map((claim) => (
            <li key={claim.id}>
              <Link href={`/articles/${claim.articleId}?claim=${claim.id}`} className="block px-4 py-3 hover:bg-stone-50 focus-visible:bg-stone-50">
                <span className="block font-medium text-stone-900">{claim.statement || `“${claim.exact}”`}</span>
                <span className="mt-0.5 block text-xs text-stone-600">
                  {claim.articleTitle} · {claimStatusLabels[claim.status]}
                  {claim.verdict ? ` · ${claim.verdict.label}` : ''} · updated {formatDateTime(claim.updatedAt)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {query.hasNextPage && (
        <div className="mt-3">
          <ShowMoreButton loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()} label="Show more" loadingLabel="Loading more claims…" />
        </div>
      )}
    </section>
  );
}
