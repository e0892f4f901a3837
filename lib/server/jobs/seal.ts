import 'server-only';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { getEnv } from '@/lib/env';

// Job data lives in PostgreSQL for days. Secrets in it (an invitation link, whose token the
// database otherwise keeps only as a SHA-256) are sealed with a key derived from the server's
// secret, so a copy of the database alone does not reveal them. AES-256-GCM: tampering fails.

function key(): Buffer {
  const secret = getEnv().BETTER_AUTH_SECRET;
  if (!secret) throw new Error('BETTER_AUTH_SECRET is not set: secrets cannot be sealed into job data.');
  return createHash('sha256').update(`factdesk job data\0${secret}`).digest();
}

export function seal(value: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

export function unseal(sealed: string): string {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !body) throw new Error('Sealed job data is malformed.');
  const decipher = createDecipheriv('aes-256-gcm', key(), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}
