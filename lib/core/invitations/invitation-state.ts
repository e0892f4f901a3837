// What an invitation link can still do, and what to tell the person who opened it.

export type InvitationState = 'valid' | 'used' | 'revoked' | 'expired';

export function invitationState(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date = new Date(),
): InvitationState {
  // Used before revoked: a link that worked and was revoked later still says it was used.
  if (invitation.acceptedAt) return 'used';
  if (invitation.revokedAt) return 'revoked';
  if (invitation.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'valid';
}

export const invitationStateMessages: Record<Exclude<InvitationState, 'valid'> | 'unknown', string> = {
  used: 'This invitation link has already been used. Each link works once: ask an admin of the workspace for a new one.',
  revoked: 'This invitation link was withdrawn by an admin of the workspace. Ask them for a new one.',
  expired: 'This invitation link has expired. Ask an admin of the workspace for a new one.',
  unknown: 'This invitation link is not valid. Check that you copied all of it, or ask for a new one.',
};
