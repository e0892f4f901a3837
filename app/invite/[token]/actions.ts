'use server';

import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/server/auth/current-user';
import { acceptInvitation } from '@/lib/server/invitations/accept-invitation';
import { rememberWorkspace } from '@/lib/server/workspaces/switch-workspace';
import { invitationTokenSchema } from '@/lib/validations/invitation';
import { attempt } from '@/lib/server/actions/attempt';
import type { FormState } from '@/lib/validations/auth';

/** Joins (or, for a member already, opens) the invited workspace and makes it the current one. */
export async function acceptInvitationAction(_: FormState, formData: FormData): Promise<FormState> {
  const token = invitationTokenSchema.safeParse(formData.get('token'));
  if (!token.success) return { error: 'This invitation link is not valid.' };
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/invite/${token.data}`)}`);
  const joined = await attempt(() => acceptInvitation(user.id, token.data));
  if (!joined.ok) return { error: joined.error.message };
  await rememberWorkspace(joined.value.workspaceId);
  redirect('/articles');
}
