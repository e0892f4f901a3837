'use client';

import type { ClaimDto } from '@/lib/validations/claim';
import { ShareLinkCreator } from './share-link-creator';
import { ShareLinkList } from './share-link-list';
import { useShareLinks } from './use-share-links';

/** "Share" in the claim panel: public links to this verdict, once it is published. */
export function ShareClaimControl({ claim }: { claim: Pick<ClaimDto, 'id' | 'status'> }) {
  const published = claim.status === 'published';
  const { query: links, links: list, canCreate, more } = useShareLinks({ kind: 'claim', id: claim.id }, published);
  if (!published) return null;
  return (
    <section aria-labelledby={`share-${claim.id}`} className="space-y-3 border-t border-stone-200 pt-4">
      <h3 id={`share-${claim.id}`} className="text-xs font-semibold uppercase tracking-wide text-stone-700">
        Share
      </h3>
      {links.isPending ? (
        <p className="text-sm text-stone-600">Loading links…</p>
      ) : links.isError ? (
        <p role="alert" className="text-sm text-red-800">
          Could not load the links: {links.error.message}
        </p>
      ) : (
        <>
          {canCreate ? (
            <ShareLinkCreator target={{ kind: 'claim', id: claim.id }} createLabel="Create public link" />
          ) : (
            <p className="text-sm text-stone-600">Editors and admins can make public links to this verdict.</p>
          )}
          <ShareLinkList links={list} label="Public links to this verdict" more={more} />
        </>
      )}
    </section>
  );
}
