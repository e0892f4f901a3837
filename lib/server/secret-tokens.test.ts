import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';

// The module is server-only; this test is its server.
vi.mock('server-only', () => ({}));

const { apiTokens, invitationTokens, shareTokens } = await import('./secret-tokens');

const kinds = [
  ['API tokens', apiTokens, 'fd_'],
  ['share links', shareTokens, 'fds_'],
  ['invitation links', invitationTokens, ''],
] as const;

describe.each(kinds)('%s', (_name, kind, prefix) => {
  it('carry 256 random bits after their prefix, and never repeat', () => {
    const tokens = new Set(Array.from({ length: 500 }, () => kind.make().token));
    expect(tokens.size).toBe(500);
    for (const token of tokens) {
      expect(token.startsWith(prefix)).toBe(true);
      expect(kind.looksLike(token)).toBe(true);
      expect(Buffer.from(token.slice(prefix.length), 'base64url')).toHaveLength(32);
    }
  });

  it('are stored as the SHA-256 (hex) of the whole token, as every token already issued was', () => {
    const { token, tokenHash } = kind.make();
    expect(tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(kind.hash(token)).toBe(tokenHash);
    expect(tokenHash).not.toContain(token.slice(prefix.length, prefix.length + 10));
  });

  it('refuse shapes that cannot be one before any lookup', () => {
    const body = 'a'.repeat(43);
    for (const value of ['', prefix, `${prefix}${'a'.repeat(42)}`, `${prefix}${body}a`, `${prefix}${'a'.repeat(42)}/`, `x${prefix}${body}`]) {
      expect(kind.looksLike(value)).toBe(false);
    }
  });
});

it('tells the kinds apart by their prefix', () => {
  expect(apiTokens.looksLike(shareTokens.make().token)).toBe(false);
  expect(shareTokens.looksLike(apiTokens.make().token)).toBe(false);
  expect(invitationTokens.looksLike(shareTokens.make().token)).toBe(false);
});
