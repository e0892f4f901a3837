import 'server-only';
import type { Prisma } from '@/lib/server/db/client';
import type { ApiTokenDto } from '@/lib/validations/api-token';

// What a list or a new token shows: never the hash, and the secret only at creation.
export const apiTokenSelect = {
  id: true,
  name: true,
  prefix: true,
  scope: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  user: { select: { id: true, name: true } },
} satisfies Prisma.ApiTokenSelect;

type ApiTokenRow = Prisma.ApiTokenGetPayload<{ select: typeof apiTokenSelect }>;

export function toApiTokenDto(row: ApiTokenRow, now = new Date()): ApiTokenDto {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scope: row.scope,
    owner: { id: row.user.id, name: row.user.name },
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expired: row.expiresAt !== null && row.expiresAt <= now,
  };
}
