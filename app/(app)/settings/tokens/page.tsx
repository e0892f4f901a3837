import type { Metadata } from 'next';
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { listMemberTokens } from '@/lib/server/tokens/list-member-tokens';
import { can } from '@/lib/core/permissions/permissions';
import { getQueryClient } from '@/lib/queries/query-client';
import { apiTokenKeys } from '@/lib/queries/api-tokens';
import { ApiTokenCreator } from '@/components/tokens/api-token-creator';
import { ApiTokenList } from '@/components/tokens/api-token-list';

export const metadata: Metadata = { title: 'API tokens' };

export default async function ApiTokensSettingsPage() {
  const actor = await requirePageActor();
  const manages = can(actor.role, 'token.manage');
  // The lists arrive with the page; the client's queries start from them.
  const queryClient = getQueryClient();
  queryClient.setQueryData(apiTokenKeys.list('me'), await listMemberTokens(actor, 'me'));
  if (manages) queryClient.setQueryData(apiTokenKeys.list('all'), await listMemberTokens(actor, 'all'));
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-xl font-semibold">API tokens</h1>
        <p className="mt-2 text-sm text-stone-700">
          Tokens let scripts and other tools use the Factdesk API as you, in this workspace, with your role. A read-only token can never
          change anything. Factdesk keeps only a fingerprint of each token: copy it when it is made.
        </p>
      </div>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <section aria-labelledby="new-token" className="space-y-3">
          <h2 id="new-token" className="text-lg font-semibold">
            New token
          </h2>
          <ApiTokenCreator />
        </section>
        <section aria-labelledby="your-tokens" className="space-y-3">
          <h2 id="your-tokens" className="text-lg font-semibold">
            Your tokens
          </h2>
          <ApiTokenList owner="me" label="Your tokens" />
        </section>
        {manages && (
          <section aria-labelledby="all-tokens" className="space-y-3">
            <h2 id="all-tokens" className="text-lg font-semibold">
              Every token of the workspace
            </h2>
            <ApiTokenList owner="all" label="Every token of the workspace" />
          </section>
        )}
      </HydrationBoundary>
    </div>
  );
}
