import 'server-only';
import { db } from '@/lib/server/db/client';
import { requirePermission, type Actor } from '@/lib/server/actor';
import { createApiToken } from '@/lib/server/auth/api-tokens';
import type { CreateApiTokenInput, CreatedApiTokenDto } from '@/lib/validations/api-token';
import { apiTokenSelect, toApiTokenDto } from './api-token-shape';

/**
 * A token for the acting member in their current workspace. Its calls act as the member with
 * their role at the time of each call, narrowed to reads for a `read` token.
 */
export async function createMemberToken(actor: Actor, input: CreateApiTokenInput): Promise<CreatedApiTokenDto> {
  requirePermission(actor, 'token.create');
  const created = await createApiToken({
    userId: actor.userId,
    workspaceId: actor.workspaceId,
    name: input.name,
    scope: input.scope,
    expiresAt: input.expiresAt ?? null,
  });
  const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id }, select: apiTokenSelect });
  return { ...toApiTokenDto(row), token: created.token };
}
