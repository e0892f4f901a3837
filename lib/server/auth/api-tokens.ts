import 'server-only';
import { db } from '@/lib/server/db/client';
import { apiTokens } from '@/lib/server/secret-tokens';
import type { ApiTokenScopeValue } from '@/lib/validations/api-token';

// API tokens (format and hashing: lib/server/secret-tokens.ts), shown once when made.
export const hashToken = apiTokens.hash;
export const looksLikeApiToken = apiTokens.looksLike;

type NewApiToken = { userId: string; workspaceId: string; name: string; scope?: ApiTokenScopeValue; expiresAt?: Date | null };

/** Stores a new token's hash; the secret is in the answer and nowhere else. */
export async function createApiToken({ userId, workspaceId, name, scope = 'write', expiresAt = null }: NewApiToken) {
  const { token, tokenHash } = apiTokens.make();
  const row = await db.apiToken.create({
    data: { userId, workspaceId, name, scope, expiresAt, prefix: token.slice(0, 10), tokenHash },
    select: { id: true, prefix: true, name: true, createdAt: true },
  });
  return { ...row, token };
}
