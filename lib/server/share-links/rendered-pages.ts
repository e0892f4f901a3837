import 'server-only';
import type { PublicAnswer } from './public-answer';

// Rendered public pages, remembered by what they were rendered from (decision 032): the key is
// the SHA-256 of the document the page's one statement read (read-shared-rows.ts) with the token
// and the site's address, and a page is a pure function of those. The statement still runs on
// every view, on every instance, so the first view after any change reads a new document, gets a
// new key and renders afresh: nothing here can be stale, and an instance that has never seen a
// page just renders it. What it saves is the work after the read (parsing the document, building
// ClaimReview, rendering React to HTML, hashing the bytes for the ETag) for the next views of an
// unchanged page, which is most views of a link shared widely.
// Bounded by the bytes it holds; the least recently used pages leave first.

export type RenderedPage = PublicAnswer & { etag: string };

const MAX_BYTES = 32 * 1024 * 1024;

export function createRenderedPages(maxBytes = MAX_BYTES) {
  const pages = new Map<string, RenderedPage>();
  let bytes = 0;
  const sizeOf = (page: RenderedPage) => (typeof page.body === 'string' ? page.body.length * 2 : page.body.byteLength) + 200;

  return {
    get(key: string): RenderedPage | undefined {
      const page = pages.get(key);
      if (page) {
        // Most recently used last.
        pages.delete(key);
        pages.set(key, page);
      }
      return page;
    },
    set(key: string, page: RenderedPage): void {
      const size = sizeOf(page);
      if (size > maxBytes) return;
      const old = pages.get(key);
      if (old) {
        bytes -= sizeOf(old);
        pages.delete(key);
      }
      pages.set(key, page);
      bytes += size;
      for (const [oldest, entry] of pages) {
        if (bytes <= maxBytes) break;
        pages.delete(oldest);
        bytes -= sizeOf(entry);
      }
    },
    get size() {
      return pages.size;
    },
  };
}

/** This process's pages. */
export const renderedPages = createRenderedPages();
