import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { listMyClaims } from '@/lib/server/claims/list-my-claims';
import { can } from '@/lib/core/permissions/permissions';
import { MyClaimSection as Queue } from '@/components/claims/my-claim-section';
import { myClaimsQuerySchema, type MyClaimSection } from '@/lib/validations/my-claims';

export const metadata: Metadata = { title: 'My claims' };

export default async function MyClaimsPage() {
  const actor = await requirePageActor();
  const mine = await listMyClaims(actor, myClaimsQuerySchema.parse({}));
  const first = (section: MyClaimSection) => ({ claims: mine[section], nextCursor: mine.nextCursors[section] });
  return (
    <div className="mx-auto max-w-5xl space-y-8 px-4 py-8">
      <h1 className="text-2xl font-semibold tracking-tight">My claims</h1>
      <Queue section="assigned" title="Assigned to me" first={first('assigned')} empty="Nothing is assigned to you. Claims assigned to you appear here until they are published or dismissed." />
      {can(actor.role, 'claim.publish') && (
        <Queue section="awaitingReview" title="Awaiting my review" first={first('awaitingReview')} empty="No verdicts are waiting for your review." />
      )}
      <Queue section="mentioned" title="Mentioning me" first={first('mentioned')} empty="Nobody has mentioned you in a comment yet." />
    </div>
  );
}
