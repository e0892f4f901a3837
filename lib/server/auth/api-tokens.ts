import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { db } from '@/lib/server/db/client';

// API tokens: 32 random bytes, shown once. Only their SHA-256 is stored: a fast hash is right
// here (unlike passwords) because the secret has 256 bits of entropy and cannot be guessed.
const TOKEN_PREFIX = 'fd_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createApiToken({ userId, workspaceId, name }: { userId: string; workspaceId: string; name: string }) {
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const row = await db.apiToken.create({
    data: { userId, workspaceId, name, prefix: token.slice(0, 10), tokenHash: hashToken(token) },
    select: { id: true, prefix: true, name: true, createdAt: true },
  });
  return { ...row, token };
}

export function looksLikeApiToken(value: string): boolean {
  return value.startsWith(TOKEN_PREFIX) && value.length > 20 && value.length < 200;
}
