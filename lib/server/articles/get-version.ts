import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ArticleVersionDetailDto, VersionClaimDto } from '@/lib/validations/article-revision';
import { toVersionListItem, versionListItemSelect } from './version-shape';

/**
 * One version of an article, frozen, with its claims where they stood then: the claims that
 * still point into it (on the latest version, or orphaned from it), and those that have moved on
 * since, at the position recorded when they left it (claim_position, decision 042). Claims made
 * after it was replaced are not shown: they did not exist on it. Deleted claims are left out.
 */
export async function getVersion(actor: Actor, articleId: string, number: number): Promise<ArticleVersionDetailDto> {
  requirePermission(actor, 'article.read');
  const version = await db.articleVersion.findFirst({
    where: { articleId, number, article: { workspaceId: actor.workspaceId, deletedAt: null } },
    select: { ...versionListItemSelect, text: true, blocks: true, article: { select: { _count: { select: { versions: true } } } } },
  });
  if (!version) throw new AppError('not_found', 'Article version not found.');
  const [current, moved, next] = await Promise.all([
    db.claim.findMany({
      where: { articleVersionId: version.id, workspaceId: actor.workspaceId, deletedAt: null },
      select: { id: true, start: true, end: true, exact: true, statement: true, status: true, anchorState: true },
    }),
    db.claimPosition.findMany({
      where: { articleVersionId: version.id, claim: { workspaceId: actor.workspaceId, deletedAt: null } },
      select: { start: true, end: true, exact: true, claim: { select: { id: true, statement: true, status: true } } },
    }),
    // Positions were kept from the migration that also made versions count what re-anchoring
    // did: a next version without counts was added before it, and moved nobody's position here.
    db.articleVersion.findFirst({ where: { articleId, number: number + 1 }, select: { claimsMoved: true } }),
  ]);
  const claims: VersionClaimDto[] = [
    ...current.map((c) => ({ id: c.id, start: c.start, end: c.end, exact: c.exact, statement: c.statement, status: c.status, orphaned: c.anchorState === 'orphaned' })),
    ...moved.map((p) => ({ id: p.claim.id, start: p.start, end: p.end, exact: p.exact, statement: p.claim.statement, status: p.claim.status, orphaned: false })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const { article, text, blocks, ...listItem } = version;
  return {
    ...toVersionListItem(listItem),
    latest: article._count.versions === version.number,
    text,
    blocks: blocks as ArticleVersionDetailDto['blocks'],
    claims,
    positionsRecorded: next === null || next.claimsMoved !== null,
  };
}
