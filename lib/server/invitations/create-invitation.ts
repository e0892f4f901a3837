import 'server-only';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { CreateInvitationInput, InvitationDto } from '@/lib/validations/invitation';
import { invitationSelect, toInvitationDto } from './invitation-shape';
import { invitationTokens } from '@/lib/server/secret-tokens';

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * A single-use link that makes whoever accepts it a member with `role`. The token is returned
 * here and never again: the database keeps only its SHA-256.
 */
export async function createInvitation(
  actor: Actor,
  input: CreateInvitationInput,
): Promise<InvitationDto & { token: string; path: string }> {
  requirePermission(actor, 'member.manage');
  const { token, tokenHash } = invitationTokens.make();
  // One clock for both, so a link lives exactly its seven days.
  const now = new Date();
  const row = await db.invitation.create({
    data: {
      workspaceId: actor.workspaceId,
      role: input.role,
      email: input.email || null,
      tokenHash,
      createdById: actor.userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
    },
    select: invitationSelect,
  });
  return { ...toInvitationDto(row, new Map([[actor.userId, actor.userName]])), token, path: `/invite/${token}` };
}
