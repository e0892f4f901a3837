import { describe, expect, it, vi } from 'vitest';

// The module is server-only; this test is its server, with a secret of its own.
vi.mock('server-only', () => ({}));
vi.stubEnv('DATABASE_URL', 'postgresql://unused@127.0.0.1:1/unused');
vi.stubEnv('BETTER_AUTH_SECRET', 'a-secret-for-this-test-only-0123456789');

const { readUnsubscribeToken, unsubscribeToken } = await import('./unsubscribe-token');

describe('unsubscribe tokens', () => {
  it('say whose emails and which, for this server only', () => {
    const token = unsubscribeToken('user-1', 'assigned');
    expect(readUnsubscribeToken(token)).toEqual({ userId: 'user-1', scope: 'assigned' });
    expect(readUnsubscribeToken(unsubscribeToken('user-1', 'digest'))).toEqual({ userId: 'user-1', scope: 'digest' });
  });

  it('refuse another user, another kind, a changed signature and anything malformed', () => {
    const [user, scope, signature] = unsubscribeToken('user-1', 'assigned').split('.') as [string, string, string];
    const someoneElse = Buffer.from('user-2').toString('base64url');
    for (const forged of [
      `${someoneElse}.${scope}.${signature}`,
      `${user}.mentioned.${signature}`,
      `${user}.${scope}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`,
      `${user}.${scope}`,
      `${user}.everything.${signature}`,
      '',
      `${'x'.repeat(500)}.assigned.${signature}`,
    ]) {
      expect(readUnsubscribeToken(forged)).toBeNull();
    }
  });
});
