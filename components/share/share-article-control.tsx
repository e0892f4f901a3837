'use client';

import { buttonClass } from '@/components/ui/button';
import { ShareLinkCreator } from './share-link-creator';
import { ShareLinkList } from './share-link-list';
import { useShareLinks } from './use-share-links';

/** "Share review" in the article header: public links to the article with its published verdicts. */
export function ShareArticleControl({ articleId }: { articleId: string }) {
  const { query: links, links: list, canCreate, more } = useShareLinks({ kind: 'article', id: articleId });
  return (
    <details className="relative">
      <summary className={`${buttonClass('secondary', 'sm')} cursor-pointer list-none`}>Share review</summary>
      <div className="absolute end-0 z-30 mt-2 w-80 space-y-3 rounded-lg border border-stone-200 bg-white p-4 font-sans text-sm shadow-lg">
        <p className="text-stone-700">A public page with the article and its published verdicts only.</p>
        {links.isPending ? (
          <p className="text-stone-600">Loading links…</p>
        ) : links.isError ? (
          <p role="alert" className="text-red-800">
            Could not load the links: {links.error.message}
          </p>
        ) : (
          <>
            {canCreate && <ShareLinkCreator target={{ kind: 'article', id: articleId }} createLabel="Create review link" />}
            <ShareLinkList links={list} label="Public links to this review" more={more} />
          </>
        )}
      </div>
    </details>
  );
}
