import 'server-only';
import type { Prisma } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { can } from '@/lib/core/permissions/permissions';
import type { ShareLinkDto } from '@/lib/validations/share-link';

export const shareLinkSelect = {
  id: true,
  kind: true,
  articleId: true,
  claimId: true,
  createdById: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  article: { select: { title: true } },
  claim: { select: { statement: true, exact: true } },
} satisfies Prisma.ShareLinkSelect;

export type ShareLinkRow = Prisma.ShareLinkGetPayload<{ select: typeof shareLinkSelect }>;

/** Live: not revoked and not past its expiry. */
export function liveShareLinkWhere(now = new Date()): Prisma.ShareLinkWhereInput {
  return { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
}

export function mayRevokeShareLink(actor: Actor, createdById: string | null): boolean {
  return can(actor.role, 'share.manage') || (createdById !== null && createdById === actor.userId);
}

export function toShareLinkDto(actor: Actor, row: ShareLinkRow, names: ReadonlyMap<string, string>): ShareLinkDto {
  const title = row.claim ? row.claim.statement || row.claim.exact : row.article.title;
  return {
    id: row.id,
    kind: row.kind,
    articleId: row.articleId,
    claimId: row.claimId,
    title,
    createdBy: row.createdById ? { id: row.createdById, name: names.get(row.createdById) ?? 'Former member' } : null,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    canRevoke: mayRevokeShareLink(actor, row.createdById),
  };
}
