import 'server-only';
import { db, type Prisma } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { can } from '@/lib/core/permissions/permissions';
import { userNames } from '@/lib/server/users/user-names';
import type { ShareLinkDto, ShareLinkListDto } from '@/lib/validations/share-link';
import type { PageQuery } from '@/lib/validations/pagination';
import { afterCursor, pageOrder, toPage } from '@/lib/server/pagination/keyset';
import { liveShareLinkWhere, shareLinkSelect, toShareLinkDto } from './share-link-shape';

/** One page of live links, newest first (keyset paging, docs/decisions/017). */
async function listLive(actor: Actor, where: Prisma.ShareLinkWhereInput, query: PageQuery): Promise<{ links: ShareLinkDto[]; nextCursor: string | null }> {
  const rows = await db.shareLink.findMany({
    where: { AND: [{ ...where, workspaceId: actor.workspaceId, ...liveShareLinkWhere() }, afterCursor('createdAt', 'desc', query.cursor)] },
    ...pageOrder('createdAt', 'desc', query),
    select: shareLinkSelect,
  });
  const page = toPage(rows, query, (row) => row.createdAt);
  const names = await userNames(page.items.map((r) => r.createdById));
  return { links: page.items.map((row) => toShareLinkDto(actor, row, names)), nextCursor: page.nextCursor };
}

/** The live links to one claim's verdict; any member who can read the claim sees them. */
export async function listClaimShareLinks(actor: Actor, claimId: string, query: PageQuery): Promise<ShareLinkListDto> {
  requirePermission(actor, 'article.read');
  const claim = await db.claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId, deletedAt: null },
    select: { status: true },
  });
  if (!claim) throw new AppError('not_found', 'Claim not found.');
  return {
    ...(await listLive(actor, { claimId, kind: 'claim' }, query)),
    canCreate: can(actor.role, 'share.create') && claim.status === 'published',
  };
}

/** The live links to one article's review. */
export async function listArticleShareLinks(actor: Actor, articleId: string, query: PageQuery): Promise<ShareLinkListDto> {
  requirePermission(actor, 'article.read');
  const article = await db.article.findFirst({ where: { id: articleId, workspaceId: actor.workspaceId }, select: { id: true } });
  if (!article) throw new AppError('not_found', 'Article not found.');
  return { ...(await listLive(actor, { articleId, kind: 'article' }, query)), canCreate: can(actor.role, 'share.create') };
}

/** Every live link of the workspace, newest first: what an admin audits and revokes. */
export async function listWorkspaceShareLinks(actor: Actor, query: PageQuery): Promise<ShareLinkListDto> {
  requirePermission(actor, 'share.manage');
  return { ...(await listLive(actor, {}, query)), canCreate: can(actor.role, 'share.create') };
}
