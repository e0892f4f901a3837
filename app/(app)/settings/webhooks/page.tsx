import type { Metadata } from 'next';
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { listWebhooks } from '@/lib/server/webhooks/list-webhooks';
import { can } from '@/lib/core/permissions/permissions';
import { getQueryClient } from '@/lib/queries/query-client';
import { webhookKeys } from '@/lib/queries/webhooks';
import { WebhookCreator } from '@/components/webhooks/webhook-creator';
import { WebhookList } from '@/components/webhooks/webhook-list';

export const metadata: Metadata = { title: 'Webhooks' };

export default async function WebhooksSettingsPage() {
  const actor = await requirePageActor();
  if (!can(actor.role, 'workspace.manage')) {
    return <p className="text-sm text-stone-700">Only admins of this workspace can manage its webhooks.</p>;
  }
  const queryClient = getQueryClient();
  queryClient.setQueryData(webhookKeys.list(), await listWebhooks(actor));
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-xl font-semibold">Webhooks</h1>
        <p className="mt-2 max-w-2xl text-sm text-stone-700">
          Tell the newsroom’s other systems, such as the CMS, when a verdict is published or corrected, an article is imported, or a share link
          is revoked. Each delivery is signed as the Standard Webhooks specification says, and retried for about a day until it is answered
          with a 2xx.
        </p>
      </div>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <section aria-labelledby="new-webhook" className="space-y-3">
          <h2 id="new-webhook" className="text-lg font-semibold">
            New endpoint
          </h2>
          <WebhookCreator />
        </section>
        <section aria-labelledby="endpoints" className="space-y-3">
          <h2 id="endpoints" className="text-lg font-semibold">
            Endpoints
          </h2>
          <WebhookList />
        </section>
      </HydrationBoundary>
    </div>
  );
}
