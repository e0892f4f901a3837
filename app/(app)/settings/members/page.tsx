import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { listMembers } from '@/lib/server/members/list-members';
import { listPendingInvitations } from '@/lib/server/invitations/list-invitations';
import { can } from '@/lib/core/permissions/permissions';
import { mailConfigured } from '@/lib/server/mail/send-mail';
import { MemberTable } from '@/components/members/member-table';
import { InviteForm } from '@/components/members/invite-form';
import { PendingInvitations } from '@/components/members/pending-invitations';
import { LeaveWorkspace } from '@/components/members/leave-workspace';

export const metadata: Metadata = { title: 'Members' };

export default async function MembersPage() {
  const actor = await requirePageActor();
  const canManage = can(actor.role, 'member.manage');
  const [members, invitations] = await Promise.all([listMembers(actor), canManage ? listPendingInvitations(actor) : []]);
  const admins = members.filter((m) => m.role === 'admin').length;
  const lastAdmin = actor.role === 'admin' && admins === 1;
  return (
    <div className="space-y-10">
      <section aria-labelledby="members-heading">
        <h1 id="members-heading" className="mb-2 text-2xl font-semibold tracking-tight">
          Members
        </h1>
        {!canManage && (
          <p className="mb-4 text-sm text-stone-700">Only admins can invite people, change roles or remove members.</p>
        )}
        <MemberTable members={members} currentUserId={actor.userId} canManage={canManage} />
      </section>
      {canManage && (
        <section aria-labelledby="invite-heading">
          <h2 id="invite-heading" className="mb-2 text-lg font-semibold">
            Invite someone
          </h2>
          <InviteForm mailEnabled={mailConfigured()} />
        </section>
      )}
      {canManage && (
        <section aria-labelledby="pending-heading">
          <h2 id="pending-heading" className="mb-2 text-lg font-semibold">
            Pending invitations
          </h2>
          <PendingInvitations invitations={invitations} />
        </section>
      )}
      <section aria-labelledby="leave-heading">
        <h2 id="leave-heading" className="mb-2 text-lg font-semibold">
          Leave this workspace
        </h2>
        <LeaveWorkspace lastAdmin={lastAdmin} />
      </section>
    </div>
  );
}
