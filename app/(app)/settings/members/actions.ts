'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { changeMemberRole } from '@/lib/server/members/change-member-role';
import { removeMember } from '@/lib/server/members/remove-member';
import { leaveWorkspace } from '@/lib/server/members/leave-workspace';
import { createInvitation } from '@/lib/server/invitations/create-invitation';
import { revokeInvitation } from '@/lib/server/invitations/revoke-invitation';
import { emailInvitation } from '@/lib/server/invitations/email-invitation';
import { siteOrigin } from '@/lib/server/site-origin';
import { createInvitationInputSchema, type InvitationDeliveryDto } from '@/lib/validations/invitation';
import { updateMemberInputSchema } from '@/lib/validations/member';
import { idSchema } from '@/lib/validations/common';
import { attempt } from '@/lib/server/actions/attempt';
import type { FormState } from '@/lib/validations/auth';

export type ActionResult = { error?: string };
export type InviteFormState = FormState & { link?: string; role?: string; email?: string; delivery?: InvitationDeliveryDto };

const MEMBERS_PAGE = '/settings/members';

/** Runs a change and answers with a message the page can show; unknown errors stay generic. */
async function change(run: () => Promise<unknown>): Promise<ActionResult> {
  const done = await attempt(run);
  if (!done.ok) return { error: done.error.message };
  revalidatePath(MEMBERS_PAGE);
  return {};
}

export async function changeMemberRoleAction(userId: string, role: string): Promise<ActionResult> {
  const actor = await requirePageActor();
  const id = idSchema.safeParse(userId);
  const input = updateMemberInputSchema.safeParse({ role });
  if (!id.success || !input.success) return { error: 'Choose one of the roles in the list.' };
  return change(() => changeMemberRole(actor, id.data, input.data.role));
}

export async function removeMemberAction(userId: string): Promise<ActionResult> {
  const actor = await requirePageActor();
  const id = idSchema.safeParse(userId);
  if (!id.success) return { error: 'Member not found.' };
  return change(() => removeMember(actor, id.data));
}

export async function leaveWorkspaceAction(): Promise<ActionResult> {
  const actor = await requirePageActor();
  const result = await change(() => leaveWorkspace(actor));
  if (result.error) return result;
  // The workspace cookie now names a workspace the user is not in; resolveActor falls back.
  redirect('/articles');
}

export async function createInvitationAction(_: InviteFormState, formData: FormData): Promise<InviteFormState> {
  const actor = await requirePageActor();
  const values = { role: String(formData.get('role') ?? ''), email: String(formData.get('email') ?? '') };
  const parsed = createInvitationInputSchema.safeParse(values);
  if (!parsed.success) return { fields: z.flattenError(parsed.error).fieldErrors, values };
  const made = await attempt(() => createInvitation(actor, parsed.data));
  if (!made.ok) return { error: made.error.message, values };
  const created = made.value;
  revalidatePath(MEMBERS_PAGE);
  const requestHeaders = await headers();
  const link = siteOrigin(requestHeaders) + created.path;
  const delivery = await emailInvitation(actor, { ...created, url: link });
  return {
    link,
    role: parsed.data.role,
    email: created.email ?? undefined,
    delivery,
    values: { role: parsed.data.role, email: '' },
  };
}

export async function revokeInvitationAction(invitationId: string): Promise<ActionResult> {
  const actor = await requirePageActor();
  const id = idSchema.safeParse(invitationId);
  if (!id.success) return { error: 'Invitation not found.' };
  return change(() => revokeInvitation(actor, id.data));
}
