import type { Metadata } from 'next';
import Link from 'next/link';
import { getCurrentUser } from '@/lib/server/auth/current-user';
import { previewInvitation } from '@/lib/server/invitations/get-invitation';
import { invitationStateMessages } from '@/lib/core/invitations/invitation-state';
import { roleLabels } from '@/lib/core/permissions/permissions';
import { buttonClass } from '@/components/ui/button';
import { AcceptInvitationForm } from '@/components/members/accept-invitation-form';

// The token is in the path: no Referer carries it to another site, and no search engine keeps it.
// (same-origin, not no-referrer: that would send Origin: null and fail the Join action's origin check.)
export const metadata: Metadata = { title: 'Invitation', robots: { index: false }, referrer: 'same-origin' };

const roleMeaning = {
  admin: 'You will manage members and settings, and can do everything else too.',
  editor: 'You will review claims and approve and publish verdicts.',
  checker: 'You will import articles, mark claims, research them and propose verdicts.',
  viewer: 'You will be able to read the workspace’s articles and reviews.',
} as const;

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await getCurrentUser();
  const invitation = await previewInvitation(token, user?.id);
  const here = encodeURIComponent(`/invite/${token}`);
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <Link href="/" className="mb-8 text-2xl font-bold tracking-tight text-stone-900">
        Factdesk
      </Link>
      <div className="w-full max-w-md space-y-4 rounded-xl border border-stone-200 bg-white p-6 shadow-sm">
        {invitation.state !== 'valid' ? (
          <>
            <h1 className="text-xl font-semibold">This invitation cannot be used</h1>
            <p className="text-sm text-stone-700">{invitationStateMessages[invitation.state]}</p>
            <Link href={user ? '/articles' : '/sign-in'} className={buttonClass('secondary')}>
              {user ? 'Go to your articles' : 'Sign in to Factdesk'}
            </Link>
          </>
        ) : (
          <>
            <h1 className="text-xl font-semibold">Join {invitation.workspaceName}</h1>
            <p className="text-sm text-stone-700">
              You have been invited to the workspace <strong>{invitation.workspaceName}</strong> as{' '}
              <strong>{roleLabels[invitation.role]}</strong>. {roleMeaning[invitation.role]}
            </p>
            {user && invitation.yourRole ? (
              <AcceptInvitationForm
                token={token}
                note={`You are already a member of ${invitation.workspaceName}, as ${roleLabels[invitation.yourRole]}; this link stays unused for the person it was meant for.`}
                submitLabel={`Open ${invitation.workspaceName}`}
              />
            ) : user ? (
              <AcceptInvitationForm token={token} note={`You are signed in as ${user.name}.`} submitLabel="Join" />
            ) : (
              <>
                <p className="text-sm text-stone-700">Create an account or sign in to join; you will come back here afterwards.</p>
                <div className="flex flex-wrap gap-3">
                  <Link href={`/sign-up?next=${here}`} className={buttonClass('primary')}>
                    Create an account
                  </Link>
                  <Link href={`/sign-in?next=${here}`} className={buttonClass('secondary')}>
                    Sign in
                  </Link>
                </div>
              </>
            )}
          </>
        )}
      </div>
    </main>
  );
}
