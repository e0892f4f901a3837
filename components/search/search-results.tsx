import Link from 'next/link';
import { searchKindLabels } from '@/lib/validations/search-values';
import type { SearchResultDto } from '@/lib/validations/search';
import { formatDate, formatDateTime } from '@/lib/format';
import { HighlightedText } from './highlighted-text';
import { groupResults } from './group-results';

const kindNames = { article: 'Article', claim: 'Claim', evidence: 'Evidence', comment: 'Comment', reference_review: 'Reference review' } as const;

/** The results page's list: grouped by kind, each result a link to its exact place. */
export function SearchResults({ results }: { results: SearchResultDto[] }) {
  return (
    <div className="space-y-8">
      {groupResults(results).map((group) => (
        <section key={group.kind} aria-labelledby={`results-${group.kind}`}>
          <h2 id={`results-${group.kind}`} className="mb-3 text-lg font-semibold text-stone-900">
            {searchKindLabels[group.kind]} <span className="font-normal text-stone-600">({group.results.length})</span>
          </h2>
          <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
            {group.results.map((result) => (
              <li key={`${result.kind}:${result.id}`}>
                <ResultLink result={result}>
                  <span className="block font-medium text-stone-900">
                    <HighlightedText segments={result.title} />
                  </span>
                  <span className="mt-1 block text-sm text-stone-700">
                    <HighlightedText segments={result.snippet} />
                  </span>
                  <span className="mt-1 block text-xs text-stone-600">
                    {[
                      kindNames[result.kind],
                      result.articleTitle && result.kind !== 'article' ? `in ${result.articleTitle}` : null,
                      result.at ? (result.external ? formatDate(result.at) : formatDateTime(result.at)) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                    {result.external && <span className="sr-only"> (opens the original in a new tab)</span>}
                  </span>
                </ResultLink>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

const linkClass = 'block px-4 py-3 hover:bg-stone-50 focus-visible:bg-stone-50';

/** The desk's own results open in the app; another fact-checker's review opens its original page in a new tab. */
function ResultLink({ result, children }: { result: SearchResultDto; children: React.ReactNode }) {
  if (result.external) {
    return (
      <a href={result.href} target="_blank" rel="noopener noreferrer" className={linkClass}>
        {children}
      </a>
    );
  }
  return (
    <Link href={result.href} className={linkClass}>
      {children}
    </Link>
  );
}
