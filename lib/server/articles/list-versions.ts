import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { VersionListItemDto } from '@/lib/validations/article-version';
import { toVersionListItem, versionListItemSelect } from './version-shape';

/** The versions of an article, newest first (without their text). */
export async function listVersions(actor: Actor, articleId: string): Promise<VersionListItemDto[]> {
  requirePermission(actor, 'article.read');
  const article = await db.article.findFirst({
    where: { id: articleId, workspaceId: actor.workspaceId, deletedAt: null },
    select: { versions: { orderBy: { number: 'desc' }, select: versionListItemSelect } },
  });
  if (!article) throw new AppError('not_found', 'Article not found.');
  return article.versions.map(toVersionListItem);
}
