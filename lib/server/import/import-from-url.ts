import { detectDirection, documentFromText, hashText, type FrozenDocument } from '@/lib/core/document';
import { extractArticle, type ExtractedArticle } from '@/lib/core/document/extract-article';
import { safeFetchPage, type FetchFailureCode, type FetchedPage, type SafeFetchOptions } from './safe-fetch';
import { escapeHtml } from '@/lib/core/document/escape-html';
import { extractArticleSafely } from '@/lib/server/parsing/extract-article-safely';

export type FetchAndExtractOptions = SafeFetchOptions;

export interface ImportedArticle extends ExtractedArticle {
  /** SHA-256 (hex) of document.text, as stored in ArticleVersion.contentHash. */
  contentHash: string;
}

/** The page exactly as fetched, kept (compressed) for provenance. */
export interface RawPage {
  /** The decoded body: the whole page, not only the story. */
  html: string;
  status: number;
  fetchedAt: string;
  finalUrl: string;
  contentType: string;
  charset: string;
  redirects: string[];
}

export type ImportFromUrlCode = FetchFailureCode | 'no_article' | 'too_complex';

export type FetchAndExtractResult =
  | { ok: true; article: ImportedArticle; raw: RawPage }
  | { ok: false; code: ImportFromUrlCode; message: string; status?: number };

/**
 * Fetch a pasted link safely (safe-fetch.ts) and extract its story (extract-article.ts), ready
 * for the editor's preview. Writes nothing: the caller stores the article and the raw page.
 * The caller passes the admin's allow-list (FACTDESK_IMPORT_ALLOW_HOSTS, see parseAllowHosts).
 */
export async function fetchAndExtract(url: string, options: FetchAndExtractOptions = {}): Promise<FetchAndExtractResult> {
  const page = await safeFetchPage(url, options);
  if (!page.ok) return page;

  const extracted = page.contentType === 'text/plain' ? fromPlainText(page) : await extractArticleSafely(page.body, page.finalUrl);
  if (!extracted.ok) return extracted;

  const { status, fetchedAt, finalUrl, contentType, charset, redirects } = page;
  return {
    ok: true,
    article: { ...extracted.article, contentHash: hashText(extracted.article.document.text) },
    raw: { html: page.body, status, fetchedAt, finalUrl, contentType, charset, redirects },
  };
}

/** A plain-text page has no markup to find a story in: all of it is the article. */
function fromPlainText(page: FetchedPage): ReturnType<typeof extractArticle> {
  const document = documentFromText(page.body);
  if (document.text === '') {
    return { ok: false, code: 'no_article', message: 'The page at this link is empty: there is no text to import.' };
  }
  return {
    ok: true,
    article: {
      canonicalUrl: page.finalUrl,
      direction: detectDirection(document.text),
      html: htmlOf(document),
      document,
    },
  };
}

/** Paragraph markup for the preview, built from the frozen text so it cannot carry markup of its own. */
function htmlOf({ text, blocks }: FrozenDocument): string {
  return blocks.map((block) => `<p>${escapeHtml(text.slice(block.start, block.end))}</p>`).join('');
}

