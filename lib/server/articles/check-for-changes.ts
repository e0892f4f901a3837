import 'server-only';
import { gzipSync } from 'node:zlib';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { CheckForChangesResultDto } from '@/lib/validations/article-version';
import { fetchArticlePage } from './fetch-article-page';
import { writeNewVersion, type VersionAuthor } from './write-new-version';

/**
 * "Check for changes": fetches the article's link again. The same text (same SHA-256) changes
 * nothing. A different text becomes a new version (the old one stays, frozen) and every claim is
 * found again on it (writeNewVersion, shared with revised texts and the scheduled check).
 *
 * Permission: article.create — it imports a page, like the first import did.
 */
export async function checkForChanges(actor: Actor, articleId: string): Promise<CheckForChangesResultDto> {
  requirePermission(actor, 'article.create');
  return fetchAndAddVersion(actor, articleId);
}

/** The check itself, for a member or for the scheduled check (which has no member: userId null). */
export async function fetchAndAddVersion(author: VersionAuthor, articleId: string): Promise<CheckForChangesResultDto> {
  const article = await db.article.findFirst({
    where: { id: articleId, workspaceId: author.workspaceId, deletedAt: null },
    select: { sourceUrl: true },
  });
  if (!article) throw new AppError('not_found', 'Article not found.');
  if (!article.sourceUrl) {
    throw new AppError('unprocessable', 'This article has no link to fetch again: it was pasted or uploaded.', {
      details: { reason: 'no_link' },
    });
  }
  const result = await addPageAsVersion(author, articleId, article.sourceUrl);
  await markChecked(articleId, new Date(result.checkedAt));
  return result;
}

/** Fetches `url` and adds its story as the article's next version (or finds it unchanged). */
export async function addPageAsVersion(author: VersionAuthor, articleId: string, url: string): Promise<CheckForChangesResultDto> {
  // The network is outside the transaction: a slow page must not hold row locks.
  const { article: page, raw } = await fetchArticlePage(url);
  return writeNewVersion(author, articleId, {
    document: page.document,
    contentHash: page.contentHash,
    source: 'url',
    fetchedAt: new Date(raw.fetchedAt),
    httpStatus: raw.status,
    rawHtml: gzipSync(raw.html),
  });
}

/**
 * When the link was last fetched, for the schedule. Raw, so that neither `updatedAt` (the
 * article's place in lists and search) nor the search entry (its text indexed again) changes.
 */
export async function markChecked(articleId: string, at: Date): Promise<void> {
  await db.$executeRaw`UPDATE article SET "lastCheckedAt" = ${at} WHERE id = ${articleId}`;
}
