import 'server-only';
import { createHash } from 'node:crypto';
import { documentFromHtml, documentFromText, type FrozenDocument } from '@/lib/core/document';
import { getEnv } from '@/lib/env';
import { parseAllowHosts } from '@/lib/server/import/allow-hosts';
import { safeFetchPage, type FetchFailure, type FetchedPage } from '@/lib/server/import/safe-fetch';
import { extractArticleSafely } from '@/lib/server/parsing/extract-article-safely';

/** A source page as archived: its raw bytes, their hash, and the readable text made from them. */
export interface FetchedSnapshot {
  page: FetchedPage;
  /** SHA-256 (hex) of the raw body. */
  contentHash: string;
  document: FrozenDocument;
}

export type FetchSnapshotResult = ({ ok: true } & FetchedSnapshot) | FetchFailure;

/**
 * Fetch a source through the SSRF-safe fetcher (decisions 007/016: the same allow-list, vetted
 * and pinned addresses, size cap and deadline as import by link) and make its readable text
 * with the importer's extraction. Never throws for anything the site does.
 */
export async function fetchSnapshot(url: string): Promise<FetchSnapshotResult> {
  const page = await safeFetchPage(url, {
    allowHosts: parseAllowHosts(process.env.FACTDESK_IMPORT_ALLOW_HOSTS),
    maxBytes: getEnv().FACTDESK_EVIDENCE_ARCHIVE_MAX_BYTES,
  });
  if (!page.ok) return page;
  return {
    ok: true,
    page,
    contentHash: createHash('sha256').update(page.bytes).digest('hex'),
    document: await readableText(page),
  };
}

/**
 * The story of a news page (Readability, in the worker pool when large), else, for a page that
 * has no story (a statistics table, a press release list), its whole sanitised text, else
 * nothing: the raw copy is kept either way.
 */
async function readableText(page: FetchedPage): Promise<FrozenDocument> {
  if (page.contentType === 'text/plain') return documentFromText(page.body);
  const extracted = await extractArticleSafely(page.body, page.finalUrl);
  if (extracted.ok) return extracted.article.document;
  if (extracted.code === 'too_complex') return { text: '', blocks: [] };
  try {
    return documentFromHtml(page.body);
  } catch {
    return { text: '', blocks: [] };
  }
}
