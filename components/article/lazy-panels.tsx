'use client';

// Parts of the review workspace that the first paint does not need, each its own chunk, loaded
// when shown (decision 043): the claim panel (a claim chosen), the claims that lost their place
// and the suggestions (only when there are some), the re-attach bar. Import these from here, not
// from their modules, so that the article page's first-load JavaScript stays within its budget
// (e2e/integration/article-page-budget.test.ts). React.lazy rather than next/dynamic: the same
// split without next/dynamic's own code (about 1.5 kB gzip) on the first load; a part the server
// renders (`?claim=` in the address, orphans in the article) is hydrated once its chunk arrives.
import { lazy, Suspense, type ComponentProps } from 'react';
import type { ClaimPanel as EagerClaimPanel } from '@/components/claims/claim-panel';
import type { OrphanedClaims as EagerOrphanedClaims } from '@/components/versions/orphaned-claims';
import type { ReattachBar as EagerReattachBar } from '@/components/versions/reattach-bar';
import type { SuggestedClaims as EagerSuggestedClaims } from './suggested-claims';

const LazyClaimPanel = lazy(() => import('@/components/claims/claim-panel').then((m) => ({ default: m.ClaimPanel })));
const LazyReattachBar = lazy(() => import('@/components/versions/reattach-bar').then((m) => ({ default: m.ReattachBar })));
const LazyOrphanedClaims = lazy(() => import('@/components/versions/orphaned-claims').then((m) => ({ default: m.OrphanedClaims })));
const LazySuggestedClaims = lazy(() => import('./suggested-claims').then((m) => ({ default: m.SuggestedClaims })));

export function ClaimPanel(props: ComponentProps<typeof EagerClaimPanel>) {
  return (
    <Suspense
      fallback={
        <p role="status" className="text-sm text-stone-600">
          Opening the claim…
        </p>
      }
    >
      <LazyClaimPanel {...props} />
    </Suspense>
  );
}

export function ReattachBar(props: ComponentProps<typeof EagerReattachBar>) {
  return (
    <Suspense fallback={null}>
      <LazyReattachBar {...props} />
    </Suspense>
  );
}

export function OrphanedClaims(props: ComponentProps<typeof EagerOrphanedClaims>) {
  if (props.orphans.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <LazyOrphanedClaims {...props} />
    </Suspense>
  );
}

export function SuggestedClaims(props: ComponentProps<typeof EagerSuggestedClaims>) {
  if (props.suggestions.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <LazySuggestedClaims {...props} />
    </Suspense>
  );
}
