import 'server-only';
import { db, type Prisma } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { can } from '@/lib/core/permissions/permissions';
import { userNames } from '@/lib/server/users/user-names';
import type { ShareLinkDto, ShareLinkListDto } from '@/lib/validations/share-link';
import { liveShareLinkWhere, shareLinkSelect, toShareLinkDto } from './share-link-shape';

const MAX_LINKS = 500;

async function listLive(actor: Actor, where: Prisma.ShareLinkWhereInput): Promise<ShareLinkDto[]> {
  const rows = await db.shareLink.findMany({
    where: { ...where, workspaceId: actor.workspaceId, ...liveShareLinkWhere() },
    orderBy: { createdAt: 'desc' },
    take: MAX_LINKS,
    select: shareLinkSelect,
  });
  const names = await userNames(rows.map((r) => r.createdById));
  return rows.map((row) => toShareLinkDto(actor, row, names));
}

/** The live links to one claim's verdict; any member who can read the claim sees them. */
export async function listClaimShareLinks(actor: Actor, claimId: string): Promise<ShareLinkListDto> {
  requirePermission(actor, 'article.read');
  const claim = await db.claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId, deletedAt: null },
    select: { status: true },
  });
  if (!claim) throw new AppError('not_found', 'Claim not found.');
  return {
    links: await listLive(actor, { claimId, kind: 'claim' }),
    canCreate: can(actor.role, 'share.create') && claim.status === 'published',
  };
}

/** The live links to one article's review. */
export async function listArticleShareLinks(actor: Actor, articleId: string): Promise<ShareLinkListDto> {
  requirePermission(actor, 'article.read');
  const article = await db.article.findFirst({ where: { id: articleId, workspaceId: actor.workspaceId }, select: { id: true } });
  if (!article) throw new AppError('not_found', 'Article not found.');
  return { links: await listLive(actor, { articleId, kind: 'article' }), canCreate: can(actor.role, 'share.create') };
}

/** Every live link of the workspace, newest first: what an admin audits and revokes. */
export async function listWorkspaceShareLinks(actor: Actor): Promise<ShareLinkListDto> {
  requirePermission(actor, 'share.manage');
  return { links: await listLive(actor, {}), canCreate: can(actor.role, 'share.create') };
}
