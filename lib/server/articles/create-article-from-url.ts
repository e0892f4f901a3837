import 'server-only';
import { gzipSync } from 'node:zlib';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ArticleDto } from '@/lib/validations/article';
import { blank, storeArticle, validDate, type ArticleMetadataInput } from './create-article';
import { fetchArticlePage } from './fetch-article-page';
import { duplicateError, findDuplicateArticle } from './find-duplicate-article';

export type CreateArticleFromUrlRequest = {
  url: string;
  /** What the editor typed wins over what the page declares. */
  metadata?: Omit<ArticleMetadataInput, 'sourceUrl'>;
  /** Import even when the same link or text is in the workspace already (otherwise a 409). */
  allowDuplicate?: boolean;
};

/**
 * Imports a pasted link: fetches the page safely (only public addresses, or the admin's
 * allow-list), extracts the story and freezes it as version 1, keeping the raw page (gzip) with
 * the fetch time and HTTP status for provenance.
 *
 * The page is fetched here, at save time, even after a preview: the text stored is only ever
 * what the server itself read from the link, never text a client sent back (decision 013).
 *
 * Every refusal (address not allowed, timeout, not HTML, no story found...) is the link's fault,
 * not ours: it is a 422 with the sentence saying why and `reason` the machine-readable code.
 */
export async function createArticleFromUrl(actor: Actor, request: CreateArticleFromUrlRequest): Promise<ArticleDto> {
  // Checked before fetching: someone who may not import must not make us connect anywhere.
  requirePermission(actor, 'article.create');
  const { article, raw } = await fetchArticlePage(request.url);

  if (!request.allowDuplicate) {
    const duplicate = await findDuplicateArticle(actor, { urls: [request.url, article.canonicalUrl], contentHash: article.contentHash });
    if (duplicate) throw duplicateError(duplicate);
  }

  const overrides = request.metadata ?? {};
  const firstHeading = article.document.blocks.find((b) => b.type.startsWith('h'));
  const title =
    blank(overrides.title) ??
    blank(article.title) ??
    (firstHeading ? article.document.text.slice(firstHeading.start, firstHeading.end) : undefined);
  if (!title) {
    throw new AppError('unprocessable', 'The page has no title: give the article one.', {
      fields: { title: ['A title is required'] },
      details: { reason: 'no_title' },
    });
  }

  return storeArticle(actor, {
    document: article.document,
    contentHash: article.contentHash,
    title,
    // The link as the editor gave it; the canonical URL is what the page says it is.
    sourceUrl: request.url,
    canonicalUrl: article.canonicalUrl,
    author: blank(overrides.author) ?? blank(article.byline),
    outlet: blank(overrides.outlet) ?? blank(article.outlet),
    publishedAt: overrides.publishedAt ?? validDate(article.publishedAt),
    language: blank(article.language),
    direction: article.direction,
    version: {
      source: 'url',
      fetchedAt: new Date(raw.fetchedAt),
      httpStatus: raw.status,
      rawHtml: gzipSync(raw.html),
    },
  });
}
