import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { getEnv } from '@/lib/env';
import { notificationKinds, type NotificationKindValue } from '@/lib/validations/notification';

// The unsubscribe link of a notification email works without signing in (RFC 8058 one-click
// too): it carries whose emails and which ones, signed with HMAC-SHA256 under a key derived from
// the server's secret (BETTER_AUTH_SECRET), so nobody can make one for someone else. It does not
// expire: an old email's link must keep working. It can only ever turn emails off.

export type UnsubscribeScope = NotificationKindValue | 'digest';
const scopes: readonly string[] = [...notificationKinds, 'digest'];

function key(): Buffer {
  const secret = getEnv().BETTER_AUTH_SECRET;
  if (!secret) throw new Error('BETTER_AUTH_SECRET is not set: unsubscribe links cannot be signed.');
  return createHmac('sha256', secret).update('factdesk unsubscribe links v1').digest();
}

function sign(body: string): Buffer {
  return createHmac('sha256', key()).update(body).digest();
}

export function unsubscribeToken(userId: string, scope: UnsubscribeScope): string {
  const body = `${Buffer.from(userId).toString('base64url')}.${scope}`;
  return `${body}.${sign(body).toString('base64url')}`;
}

/** Whose emails and which, or null for anything not signed by this server. */
export function readUnsubscribeToken(token: string): { userId: string; scope: UnsubscribeScope } | null {
  const parts = token.split('.');
  if (parts.length !== 3 || token.length > 400) return null;
  const [user, scope, signature] = parts as [string, string, string];
  if (!scopes.includes(scope)) return null;
  const expected = sign(`${user}.${scope}`);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId: Buffer.from(user, 'base64url').toString('utf8'), scope: scope as UnsubscribeScope };
}
