import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { listMyClaims } from '@/lib/server/claims/list-my-claims';
import { can } from '@/lib/core/permissions/permissions';
import { MyClaimSection } from '@/components/claims/my-claim-section';

export const metadata: Metadata = { title: 'My claims' };

export default async function MyClaimsPage() {
  const actor = await requirePageActor();
  const mine = await listMyClaims(actor);
  return (
    <div className="mx-auto max-w-5xl space-y-8 px-4 py-8">
      <h1 className="text-2xl font-semibold tracking-tight">My claims</h1>
      <MyClaimSection title="Assigned to me" claims={mine.assigned} empty="Nothing is assigned to you. Claims assigned to you appear here until they are published or dismissed." />
      {can(actor.role, 'claim.publish') && (
        <MyClaimSection title="Awaiting my review" claims={mine.awaitingReview} empty="No verdicts are waiting for your review." />
      )}
      <MyClaimSection title="Mentioning me" claims={mine.mentioned} empty="Nobody has mentioned you in a comment yet." />
    </div>
  );
}
