import 'server-only';
import { gunzipSync } from 'node:zlib';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';

/** The page exactly as it was fetched for a version of an article, for provenance. */
export async function getRawPage(actor: Actor, articleId: string, versionNumber: number) {
  requirePermission(actor, 'article.read');
  const version = await db.articleVersion.findFirst({
    where: { articleId, number: versionNumber, article: { workspaceId: actor.workspaceId, deletedAt: null } },
    select: { rawHtml: true, fetchedAt: true, httpStatus: true, article: { select: { sourceUrl: true } } },
  });
  if (!version) throw new AppError('not_found', 'Article version not found.');
  if (!version.rawHtml) throw new AppError('not_found', 'This version was not fetched from a link, so there is no raw page.');
  return {
    html: gunzipSync(version.rawHtml),
    fetchedAt: version.fetchedAt,
    httpStatus: version.httpStatus,
    sourceUrl: version.article.sourceUrl,
  };
}
