import 'server-only';
import type { SharedPageResult } from './shared-page';

// The public pages are read far more than they change, and a link in a busy chat is opened by
// many people within seconds. Each instance keeps what a token resolved to for a short time,
// keyed by the token's hash. Staleness is bounded by TTL_MS on every instance (no invalidation
// messages are needed between instances); the instance that revokes a link forgets it at once.
// An entry still checks the link's own expiry on every hit, so an expiry is exact.
// Parked on globalThis: the proxy, the pages and the API routes may be separate bundles, and they
// must share one cache to let a revocation on this instance take effect at once.
export const SHARED_PAGE_TTL_MS = 30_000;
const MAX_ENTRIES = 1_000;

type Entry = { result: Exclude<SharedPageResult, { state: 'unknown' }>; storedAt: number };

const holder = globalThis as unknown as {
  factdeskSharedPages?: Map<string, Entry>;
  factdeskForgottenPages?: Map<string, number>;
  factdeskForgottenArticles?: Map<string, number>;
};
const entries = (holder.factdeskSharedPages ??= new Map<string, Entry>());
// When each token was last forgotten, so that a read begun before a revocation cannot store what
// it saw after it. Entries older than the TTL no longer matter and are dropped as they are met.
const forgotten = (holder.factdeskForgottenPages ??= new Map<string, number>());
// The same for whole articles: when one of an article's published claims last changed.
const forgottenArticles = (holder.factdeskForgottenArticles ??= new Map<string, number>());

/** The live entry for a token, as an opaque stamp: it changes whenever the entry is replaced or dropped. */
export function sharedPageStamp(tokenHash: string): object | undefined {
  return entries.get(tokenHash);
}

export function readSharedPage(tokenHash: string, now = Date.now()): SharedPageResult | undefined {
  const entry = entries.get(tokenHash);
  if (!entry) return undefined;
  if (now - entry.storedAt > SHARED_PAGE_TTL_MS) {
    entries.delete(tokenHash);
    return undefined;
  }
  const { result } = entry;
  if (result.state === 'live' && result.expiresAt && result.expiresAt.getTime() <= now) return { state: 'gone' };
  return result;
}

/** `readStartedAt`: when the database read that produced `result` began. */
export function storeSharedPage(tokenHash: string, result: SharedPageResult, readStartedAt = Date.now()): void {
  // Unknown tokens are not kept: anyone can make up endless ones, and they would push real pages out.
  if (result.state === 'unknown') return;
  const forgottenAt = forgotten.get(tokenHash);
  if (forgottenAt !== undefined) {
    if (forgottenAt >= readStartedAt) return;
    if (readStartedAt - forgottenAt > SHARED_PAGE_TTL_MS) forgotten.delete(tokenHash);
  }
  const articleForgottenAt = result.articleId === undefined ? undefined : forgottenArticles.get(result.articleId);
  if (articleForgottenAt !== undefined && articleForgottenAt >= readStartedAt) return;
  if (entries.size >= MAX_ENTRIES) {
    // Map keeps insertion order: the oldest entry goes first.
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
  entries.set(tokenHash, { result, storedAt: readStartedAt });
}

export function forgetSharedPage(tokenHash: string, now = Date.now()): void {
  entries.delete(tokenHash);
  forgotten.set(tokenHash, now);
}

/**
 * Drops every cached page of an article's links (its review and its claims' verdicts): one of its
 * published claims changed or was taken back. Memory only, no database read: the entries carry
 * their article. Other instances catch up within the TTL.
 */
export function forgetSharedPagesOfArticle(articleId: string, now = Date.now()): void {
  for (const [tokenHash, entry] of entries) {
    if (entry.result.articleId === articleId) entries.delete(tokenHash);
  }
  for (const [id, at] of forgottenArticles) {
    if (now - at > SHARED_PAGE_TTL_MS) forgottenArticles.delete(id);
  }
  forgottenArticles.set(articleId, now);
}
