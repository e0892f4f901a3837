import 'server-only';
import { db } from '@/lib/server/db/client';
import { invitationState, type InvitationState } from '@/lib/core/invitations/invitation-state';
import type { RoleName } from '@/lib/core/permissions/permissions';
import { invitationTokenSchema } from '@/lib/validations/invitation';
import { invitationTokens } from '@/lib/server/secret-tokens';

export type InvitationPreview =
  | { state: 'valid'; workspaceName: string; role: RoleName; yourRole: RoleName | null }
  | { state: Exclude<InvitationState, 'valid'> | 'unknown' };

/**
 * What the invitation page shows to whoever holds the link. The token is the credential, so a
 * valid one may see the workspace's name and the role; a dead link reveals only why it is dead.
 */
export async function previewInvitation(token: string, userId?: string): Promise<InvitationPreview> {
  if (!invitationTokenSchema.safeParse(token).success) return { state: 'unknown' };
  const row = await db.invitation.findUnique({
    where: { tokenHash: invitationTokens.hash(token) },
    select: { role: true, workspaceId: true, acceptedAt: true, revokedAt: true, expiresAt: true, workspace: { select: { name: true } } },
  });
  if (!row) return { state: 'unknown' };
  const state = invitationState(row);
  if (state !== 'valid') return { state };
  // Someone already in the workspace is told so before they press Join.
  const membership = userId
    ? await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId: row.workspaceId, userId } }, select: { role: true } })
    : null;
  return { state, workspaceName: row.workspace.name, role: row.role, yourRole: membership?.role ?? null };
}
