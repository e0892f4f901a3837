import Link from 'next/link';
import type { ArticleSummaryDto } from '@/lib/validations/article';
import { claimStatusLabels, claimStatuses } from '@/lib/validations/claim-values';
import { buttonClass } from '@/components/ui/button';
import { formatDate } from '@/lib/format';
import { ChangedSinceReviewBadge } from '@/components/versions/changed-since-review-badge';

export function ArticleList({ articles }: { articles: ArticleSummaryDto[] }) {
  if (articles.length === 0) {
    return (
      <div className="rounded-xl border border-dashed border-stone-300 bg-white px-6 py-16 text-center">
        <h2 className="text-lg font-semibold">No articles yet</h2>
        <p className="mx-auto mt-2 max-w-md text-stone-700">
          Import an article by pasting its text or uploading a .txt, .md or .html file. Its text is frozen, so the claims you mark
          stay exactly where you put them.
        </p>
        <Link href="/articles/new" className={`${buttonClass('primary')} mt-6`}>
          Import your first article
        </Link>
      </div>
    );
  }
  return (
    <ul className="divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white">
      {articles.map((article) => (
        <li key={article.id}>
          <Link href={`/articles/${article.id}`} className="block px-5 py-4 hover:bg-stone-50 focus-visible:bg-stone-50">
            <h2 className="font-semibold text-stone-900">
              {article.title}
              {article.changedAfterReviewAt && <ChangedSinceReviewBadge at={article.changedAfterReviewAt} />}
            </h2>
            <p className="mt-1 text-sm text-stone-700">
              {[article.outlet, article.author, article.publishedAt ? formatDate(article.publishedAt) : null].filter(Boolean).join(' · ') ||
                'No source details'}
            </p>
            <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-700">
              <span>
                {article.claimCount} {article.claimCount === 1 ? 'claim' : 'claims'}
              </span>
              {claimStatuses
                .filter((status) => article.statusCounts[status])
                .map((status) => (
                  <span key={status}>
                    {claimStatusLabels[status]}: {article.statusCounts[status]}
                  </span>
                ))}
              <span className="ml-auto">Imported {formatDate(article.createdAt)}</span>
            </p>
          </Link>
        </li>
      ))}
    </ul>
  );
}
