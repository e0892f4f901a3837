'use client';

import { ShareLinkCreator } from './share-link-creator';
import { ShareLinkList } from './share-link-list';
import { useShareLinks } from './use-share-links';

/** The article's public links and the form to make one: loaded when "Share review" is first opened. */
export function ShareArticlePanel({ articleId }: { articleId: string }) {
  const { query: links, links: list, canCreate, more } = useShareLinks({ kind: 'article', id: articleId });
  return links.isPending ? (
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
  );
}
