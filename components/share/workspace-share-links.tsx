'use client';

import { ShareLinkList } from './share-link-list';
import { useShareLinks } from './use-share-links';

/** Every live link of the workspace, for an admin to audit and revoke. */
export function WorkspaceShareLinks() {
  const { query, links, more } = useShareLinks({ kind: 'workspace' });
  if (query.isPending) return <p className="text-sm text-stone-600">Loading links…</p>;
  if (query.isError) {
    return (
      <p role="alert" className="text-sm text-red-800">
        Could not load the links: {query.error.message}
      </p>
    );
  }
  return <ShareLinkList links={links} label="Live public links" showTitle more={more} />;
}
