import type { Metadata } from 'next';
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { listWorkspaceShareLinks } from '@/lib/server/share-links/list-share-links';
import { can } from '@/lib/core/permissions/permissions';
import { getQueryClient } from '@/lib/queries/query-client';
import { firstShareLinkPage, shareLinkKeys } from '@/lib/queries/share-links';
import { pageQuerySchema } from '@/lib/validations/pagination';
import { WorkspaceShareLinks } from '@/components/share/workspace-share-links';

export const metadata: Metadata = { title: 'Public links' };

export default async function ShareLinksSettingsPage() {
  const actor = await requirePageActor();
  if (!can(actor.role, 'share.manage')) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="text-xl font-semibold">Public links</h1>
        <p className="mt-2 text-stone-700">Only admins can see every public link of the workspace. Links you made are listed on their claim or article.</p>
      </div>
    );
  }
  // The list arrives with the page; the client's query starts from it.
  const queryClient = getQueryClient();
  queryClient.setQueryData(shareLinkKeys.list({ kind: 'workspace' }), firstShareLinkPage(await listWorkspaceShareLinks(actor, pageQuerySchema.parse({}))));
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-xl font-semibold">Public links</h1>
      <p className="mt-2 mb-6 text-sm text-stone-700">
        Every live link to a verdict or an article review. Revoking one makes its page answer “no longer available” at once here, and
        everywhere within a minute.
      </p>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <WorkspaceShareLinks />
      </HydrationBoundary>
    </div>
  );
}
