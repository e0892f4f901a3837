import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

// Every bearer secret Factdesk hands out, in one place: API tokens, share links, invitation
// links. Each is 32 random bytes (256 bits, far above the 128 that makes it unguessable) as
// base64url (43 characters), after a short prefix of its kind that makes a leaked one
// recognisable in logs and secret scanners. Only the SHA-256 is stored: a fast hash is right for
// a secret with this much entropy (nobody can enumerate it, unlike a password), and it lets every
// request find its row by an index. Changing a format here orphans every token already issued.
const SECRET_BYTES = 32;
const ENCODED_LENGTH = 43;

export type SecretTokenKind = {
  prefix: string;
  /** A new secret and the hash to store; the secret itself is shown once and never stored. */
  make(): { token: string; tokenHash: string };
  hash(token: string): string;
  /** Cheap shape check before any lookup: the prefix, then exactly 43 base64url characters. */
  looksLike(value: string): boolean;
};

function secretTokenKind(prefix: string): SecretTokenKind {
  const shape = new RegExp(`^${prefix}[A-Za-z0-9_-]{${ENCODED_LENGTH}}$`);
  const hash = (token: string) => createHash('sha256').update(token).digest('hex');
  return {
    prefix,
    make() {
      const token = prefix + randomBytes(SECRET_BYTES).toString('base64url');
      return { token, tokenHash: hash(token) };
    },
    hash,
    looksLike: (value) => shape.test(value),
  };
}

export const apiTokens = secretTokenKind('fd_');
export const shareTokens = secretTokenKind('fds_');
// Invitation links came before prefixes: the token is the last segment of /invite/<token>.
export const invitationTokens = secretTokenKind('');
