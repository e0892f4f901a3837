import 'server-only';
import { db } from '@/lib/server/db/client';
import { apiTokens } from '@/lib/server/secret-tokens';

// API tokens (format and hashing: lib/server/secret-tokens.ts), shown once when made.
export const hashToken = apiTokens.hash;
export const looksLikeApiToken = apiTokens.looksLike;

export async function createApiToken({ userId, workspaceId, name }: { userId: string; workspaceId: string; name: string }) {
  const { token, tokenHash } = apiTokens.make();
  const row = await db.apiToken.create({
    data: { userId, workspaceId, name, prefix: token.slice(0, 10), tokenHash },
    select: { id: true, prefix: true, name: true, createdAt: true },
  });
  return { ...row, token };
}
