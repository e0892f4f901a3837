'use client';

import { useQuery } from '@tanstack/react-query';
import { shareLinkListOptions } from '@/lib/queries/share-links';
import { ShareLinkList } from './share-link-list';

/** Every live link of the workspace, for an admin to audit and revoke. */
export function WorkspaceShareLinks() {
  const links = useQuery(shareLinkListOptions({ kind: 'workspace' }));
  if (links.isPending) return <p className="text-sm text-stone-600">Loading links…</p>;
  if (links.isError) {
    return (
      <p role="alert" className="text-sm text-red-800">
        Could not load the links: {links.error.message}
      </p>
    );
  }
  return <ShareLinkList links={links.data.links} label="Live public links" showTitle />;
}
