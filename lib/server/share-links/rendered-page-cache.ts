import 'server-only';
import { sharedPageStamp } from './shared-page-cache';

// The HTML of a public page, kept in memory beside the data it was rendered from. Rendering
// through Next costs several milliseconds of CPU per view, so a popular link is rendered once per
// data entry and then answered from here by the proxy. Keyed by the token's hash (never by the
// token: a heap dump or a log of keys holds no live link). An HTML entry only counts while the
// data entry it was rendered from is still the current one (`sharedPageStamp`): a revocation, a
// change to the article's claims or the data's 30 s lifetime drops the data entry, and with it
// the HTML, with no second list of rules to keep in step.
// Nothing is written to disk (decision 010: the server's disk must not hold live tokens).

/** `nonce`: the one the page was rendered with, replaced by each answer's own (decision 019). */
export type RenderedPage = { body: string; nonce: string | undefined; etag: string; headers: [string, string][] };

type HtmlEntry = { stamp: object; page: RenderedPage };

// Verdict pages are ~20 KB, article reviews larger; both limits together bound the memory.
const MAX_PAGES = 250;
export const MAX_PAGE_BYTES = 512 * 1024;

const holder = globalThis as unknown as { factdeskRenderedPages?: Map<string, HtmlEntry> };
const pages = (holder.factdeskRenderedPages ??= new Map<string, HtmlEntry>());

export function readRenderedPage(tokenHash: string): RenderedPage | undefined {
  const entry = pages.get(tokenHash);
  if (!entry) return undefined;
  if (entry.stamp !== sharedPageStamp(tokenHash)) {
    pages.delete(tokenHash);
    return undefined;
  }
  return entry.page;
}

/**
 * `stamp`: the data entry that was current when the render began. The HTML is kept only if that
 * entry is still current, i.e. the page was rendered from it and nothing has dropped it since.
 */
export function storeRenderedPage(tokenHash: string, stamp: object | undefined, page: RenderedPage): void {
  if (!stamp || stamp !== sharedPageStamp(tokenHash) || page.body.length > MAX_PAGE_BYTES) return;
  pages.delete(tokenHash);
  if (pages.size >= MAX_PAGES) {
    const oldest = pages.keys().next().value;
    if (oldest !== undefined) pages.delete(oldest);
  }
  pages.set(tokenHash, { stamp, page });
}
