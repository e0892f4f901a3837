import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

// Like API tokens: 256 random bits, so a fast hash is enough; only the hash is stored, and the
// link is shown once to the admin who made it.
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function invitationPath(token: string): string {
  return `/invite/${token}`;
}
