'use client';

import { lazy, Suspense, type ComponentProps } from 'react';
import type { VersionBar as EagerVersionBar } from './version-bar';

const LazyVersionBar = lazy(() => import('./version-bar').then((m) => ({ default: m.VersionBar })));

/**
 * The version bar, its own chunk (decision 043): most articles (pasted, one version) show none,
 * and the page renders it only for those that do, so only they load its code.
 */
export function VersionBar(props: ComponentProps<typeof EagerVersionBar>) {
  if (!props.article.sourceUrl && props.article.version.number === 1) return null;
  return (
    <Suspense fallback={null}>
      <LazyVersionBar {...props} />
    </Suspense>
  );
}
