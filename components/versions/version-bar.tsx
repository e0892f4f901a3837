'use client';

import { lazy, Suspense, useState } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { useCheckForChanges } from '@/lib/queries/versions';
import type { ArticleDto } from '@/lib/validations/article';
import type { CheckForChangesResultDto } from '@/lib/validations/article-version';
import { formatDateTime } from '@/lib/format';
import { refreshForVersion } from './refresh-for-version';

// The diff loads when asked for, not with the article page (decision 043).
const VersionDiff = lazy(() => import('./version-diff').then((m) => ({ default: m.VersionDiff })));

/** "Check for changes" for an article imported from a link, and what changed in its latest version. */
export function VersionBar({ article, canCheck }: { article: ArticleDto; canCheck: boolean }) {
  const router = useRouter();
  const check = useCheckForChanges(article.id);
  const [showDiff, setShowDiff] = useState(false);
  const latest = article.version.number;
  if (!article.sourceUrl && latest === 1) return null;

  const run = () =>
    check.mutate(undefined, {
      onSuccess: (result) => {
        if (result.status === 'changed') {
          setShowDiff(true);
          // The page's text is the server's: read it again to show the new version.
          refreshForVersion(router, result.version.id);
        }
      },
    });

  return (
    <div className="mt-3 text-sm" dir="ltr">
      <div className="flex flex-wrap items-center gap-2">
        {canCheck && article.sourceUrl && (
          <Button variant="secondary" size="sm" onClick={run} disabled={check.isPending}>
            {check.isPending ? 'Fetching the page…' : 'Check for changes'}
          </Button>
        )}
        {latest > 1 && (
          <Button variant="ghost" size="sm" aria-expanded={showDiff} onClick={() => setShowDiff((v) => !v)}>
            {showDiff ? 'Hide what changed' : `What changed in version ${latest}`}
          </Button>
        )}
      </div>
      <div role="status" className="mt-2 empty:hidden">
        {check.isSuccess && <CheckOutcome result={check.data} />}
      </div>
      {check.isError && (
        <p role="alert" className="mt-2 text-red-700">
          {check.error.message}
        </p>
      )}
      {showDiff && latest > 1 && (
        <Suspense fallback={null}>
          <VersionDiff articleId={article.id} to={latest} direction={article.direction} />
        </Suspense>
      )}
    </div>
  );
}

function CheckOutcome({ result }: { result: CheckForChangesResultDto }) {
  if (result.status === 'unchanged') {
    return <p className="text-stone-700">No changes: the page still has the text of version {result.version.number} (checked {formatDateTime(result.checkedAt)}).</p>;
  }
  const { claims } = result;
  const kept = claims.position + claims.quote + claims.fuzzy;
  return (
    <p className="text-stone-800">
      The story changed: version {result.version.number} stored, version {result.previousVersion} kept as it was. {kept}{' '}
      {kept === 1 ? 'claim' : 'claims'} moved with the text ({claims.position} in place, {claims.quote} by exact quote, {claims.fuzzy} by approximate
      match)
      {claims.orphaned > 0 ? `; ${claims.orphaned} lost ${claims.orphaned === 1 ? 'its' : 'their'} place and ${claims.orphaned === 1 ? 'is' : 'are'} listed apart.` : '.'}
    </p>
  );
}
