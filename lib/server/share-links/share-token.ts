import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

// A share link's secret: 32 random bytes (256 bits, well above the 128 the link needs to be
// unguessable), base64url, after a short prefix that makes a leaked one recognisable in logs and
// secret scanners. Only the SHA-256 is stored: a fast hash is right for a secret with this much
// entropy (nobody can enumerate it), and it lets every page view find its row by an index.
export const SHARE_TOKEN_PREFIX = 'fds_';
const TOKEN_BYTES = 32;

export function generateShareToken(): string {
  return SHARE_TOKEN_PREFIX + randomBytes(TOKEN_BYTES).toString('base64url');
}

export function hashShareToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Cheap shape check before any lookup: prefix, then exactly 43 base64url characters. */
export function looksLikeShareToken(value: string): boolean {
  return /^fds_[A-Za-z0-9_-]{43}$/.test(value);
}
