import 'server-only';
import { db } from '@/lib/server/db/client';
import { requirePermission, type Actor } from '@/lib/server/actor';
import type { ApiTokenListDto } from '@/lib/validations/api-token';
import { apiTokenSelect, toApiTokenDto } from './api-token-shape';

/**
 * The live (unrevoked) tokens of the workspace: the member's own, or everyone's for an admin
 * (`token.manage`). Expired tokens stay listed, marked, so their owner sees why a script stopped.
 */
export async function listMemberTokens(actor: Actor, owner: 'me' | 'all' = 'me'): Promise<ApiTokenListDto> {
  requirePermission(actor, owner === 'all' ? 'token.manage' : 'token.create');
  const rows = await db.apiToken.findMany({
    where: { workspaceId: actor.workspaceId, revokedAt: null, ...(owner === 'me' ? { userId: actor.userId } : {}) },
    select: apiTokenSelect,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
  });
  const now = new Date();
  return { tokens: rows.map((row) => toApiTokenDto(row, now)) };
}
