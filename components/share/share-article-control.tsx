'use client';

import { lazy, Suspense, useState } from 'react';
import { buttonClass } from '@/components/ui/button';

// The links and their forms load when the menu is first opened, not with the article page.
const ShareArticlePanel = lazy(() => import('./share-article-panel').then((m) => ({ default: m.ShareArticlePanel })));

/** "Share review" in the article header: public links to the article with its published verdicts. */
export function ShareArticleControl({ articleId }: { articleId: string }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="relative" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className={`${buttonClass('secondary', 'sm')} cursor-pointer list-none`}>Share review</summary>
      <div className="absolute end-0 z-30 mt-2 w-80 space-y-3 rounded-lg border border-stone-200 bg-white p-4 font-sans text-sm shadow-lg">
        <p className="text-stone-700">A public page with the article and its published verdicts only.</p>
        {opened && (
          <Suspense fallback={<p className="text-stone-600">Loading links…</p>}>
            <ShareArticlePanel articleId={articleId} />
          </Suspense>
        )}
      </div>
    </details>
  );
}
