import 'server-only';
import { extractArticle, type ExtractArticleResult } from '@/lib/core/document/extract-article';
import { extractArticleInWorker } from './parse-pool';
import { INLINE_CHARACTERS } from './prepare-import-safely';

/**
 * extractArticle for a fetched page, in the worker pool when the page is large: Readability is
 * bounded (decision 016) but a 5 MB page near the bounds still takes seconds. Past the deadline
 * the page is refused as too complex, like one beyond the bounds.
 */
export async function extractArticleSafely(html: string, url: string): Promise<ExtractArticleResult> {
  if (html.length <= INLINE_CHARACTERS) return extractArticle(html, { url });
  try {
    return await extractArticleInWorker(html, url);
  } catch {
    return { ok: false, code: 'too_complex', message: 'This page is too complex to read in time. Save the article as plain text and import that instead.' };
  }
}
