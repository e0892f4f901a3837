import 'server-only';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ArticlePreviewDto } from '@/lib/validations/article-version';
import { validDate } from './create-article';
import { fetchArticlePage } from './fetch-article-page';
import { findDuplicateArticle } from './find-duplicate-article';

/** How much of the story the preview shows: enough to recognise it. */
const EXCERPT_CODE_POINTS = 600;

/**
 * What importing a link would store, for the editor to check and correct before saving. Writes
 * nothing and hands out nothing to send back: saving fetches the page again (decision 013).
 */
export async function previewArticleFromUrl(actor: Actor, url: string): Promise<ArticlePreviewDto> {
  requirePermission(actor, 'article.create');
  const { article, raw } = await fetchArticlePage(url);
  const characters = [...article.document.text];
  const duplicate = await findDuplicateArticle(actor, { urls: [url, article.canonicalUrl], contentHash: article.contentHash });
  return {
    url,
    title: article.title ?? null,
    author: article.byline ?? null,
    outlet: article.outlet ?? null,
    publishedAt: validDate(article.publishedAt)?.toISOString() ?? null,
    canonicalUrl: article.canonicalUrl,
    language: article.language ?? null,
    direction: article.direction,
    excerpt: characters.length > EXCERPT_CODE_POINTS ? `${characters.slice(0, EXCERPT_CODE_POINTS).join('')}…` : article.document.text,
    paragraphCount: article.document.blocks.length,
    characterCount: characters.length,
    contentHash: article.contentHash,
    fetchedAt: raw.fetchedAt,
    duplicate,
  };
}
