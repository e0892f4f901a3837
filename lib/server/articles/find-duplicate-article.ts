import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';

export type DuplicateArticle = { id: string; title: string; match: 'url' | 'text' };

/** A link without its #fragment: the same page, whatever part of it was linked to. */
function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * An article of the actor's workspace that is the same story: the same link (as given or as the
 * page's canonical URL says) or the same frozen text in any of its versions. Called by the data
 * layer after its own permission check.
 */
export async function findDuplicateArticle(
  actor: Actor,
  candidate: { urls: (string | null | undefined)[]; contentHash: string },
): Promise<DuplicateArticle | null> {
  const urls = [...new Set(candidate.urls.filter((u): u is string => Boolean(u)).map(withoutFragment))];
  if (urls.length > 0) {
    const byUrl = await db.article.findFirst({
      where: { workspaceId: actor.workspaceId, deletedAt: null, OR: [{ canonicalUrl: { in: urls } }, { sourceUrl: { in: urls } }] },
      orderBy: { createdAt: 'asc' },
      select: { id: true, title: true },
    });
    if (byUrl) return { ...byUrl, match: 'url' };
  }
  const byText = await db.article.findFirst({
    where: { workspaceId: actor.workspaceId, deletedAt: null, versions: { some: { contentHash: candidate.contentHash } } },
    orderBy: { createdAt: 'asc' },
    select: { id: true, title: true },
  });
  return byText ? { ...byText, match: 'text' } : null;
}

/** The 409 an import answers when the story is already there, unless the editor insists. */
export function duplicateError(duplicate: DuplicateArticle): AppError {
  const why = duplicate.match === 'url' ? 'from the same link' : 'with the same text';
  return new AppError('conflict', `This story is already in the workspace ${why}: “${duplicate.title}”. Open it, or import it anyway.`, {
    details: { reason: 'duplicate', match: duplicate.match, existingArticleId: duplicate.id, existingTitle: duplicate.title },
  });
}
