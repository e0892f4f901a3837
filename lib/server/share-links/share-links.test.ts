import { describe, expect, it, vi } from 'vitest';

// The modules are server-only; this test is their server.
vi.mock('server-only', () => ({}));

const { forgetSharedPage, forgetSharedPagesOfArticle, readSharedPage, sharedPageStamp, SHARED_PAGE_TTL_MS, storeSharedPage } = await import('./shared-page-cache');
const { MAX_PAGE_BYTES, readRenderedPage, storeRenderedPage } = await import('./rendered-page-cache');
const { withNonce } = await import('./render-public-page');
type Live = Extract<import('./shared-page').SharedPageResult, { state: 'live' }>;

describe('the shared page cache', () => {
  const live = (expiresAt: Date | null): Live => ({ state: 'live', expiresAt, page: {} as Live['page'] });

  it('keeps a page for its lifetime, then forgets it', () => {
    storeSharedPage('a', live(null), 0);
    expect(readSharedPage('a', SHARED_PAGE_TTL_MS)?.state).toBe('live');
    expect(readSharedPage('a', SHARED_PAGE_TTL_MS + 1)).toBeUndefined();
  });

  it('honours the link’s own expiry even while cached', () => {
    storeSharedPage('b', live(new Date(1_000)), 0);
    expect(readSharedPage('b', 999)?.state).toBe('live');
    expect(readSharedPage('b', 1_000)?.state).toBe('gone');
  });

  it('drops a revoked link at once, and never keeps unknown tokens', () => {
    storeSharedPage('c', live(null), 0);
    forgetSharedPage('c');
    expect(readSharedPage('c', 1)).toBeUndefined();
    storeSharedPage('d', { state: 'unknown' }, 0);
    expect(readSharedPage('d', 1)).toBeUndefined();
  });

  it('does not store what a read begun before a revocation saw', () => {
    forgetSharedPage('e', 100);
    storeSharedPage('e', live(null), 50);
    expect(readSharedPage('e', 120)).toBeUndefined();
    storeSharedPage('e', live(null), 150);
    expect(readSharedPage('e', 160)?.state).toBe('live');
  });

  it('drops every page of an article when one of its published claims changes, and what a read begun before saw', () => {
    storeSharedPage('f1', { ...live(null), articleId: 'art1' }, 0);
    storeSharedPage('f2', { state: 'gone', articleId: 'art1' }, 0);
    storeSharedPage('f3', { ...live(null), articleId: 'art2' }, 0);
    forgetSharedPagesOfArticle('art1', 10);
    expect(readSharedPage('f1', 11)).toBeUndefined();
    expect(readSharedPage('f2', 11)).toBeUndefined();
    expect(readSharedPage('f3', 11)?.state).toBe('live');
    storeSharedPage('f1', { ...live(null), articleId: 'art1' }, 5);
    expect(readSharedPage('f1', 12)).toBeUndefined();
    storeSharedPage('f1', { ...live(null), articleId: 'art1' }, 11);
    expect(readSharedPage('f1', 12)?.state).toBe('live');
  });
});

describe('the rendered page cache', () => {
  const live = (): Live => ({ state: 'live', expiresAt: null, page: {} as Live['page'] });
  const page = (body: string) => ({ body, nonce: undefined, etag: `"${body}"`, headers: [] as [string, string][] });

  it('keeps a page only while the data it was rendered from is current', () => {
    const now = Date.now();
    storeSharedPage('g', live(), now);
    storeRenderedPage('g', sharedPageStamp('g'), page('<p>g</p>'));
    expect(readRenderedPage('g')?.body).toBe('<p>g</p>');
    forgetSharedPage('g');
    expect(readRenderedPage('g')).toBeUndefined();
    storeSharedPage('g', live(), Date.now() + 1);
    expect(readRenderedPage('g')).toBeUndefined();
  });

  it('gives each answer from memory its own nonce in place of the render’s', () => {
    const kept = { ...page('<script nonce="render-nonce">a</script><script nonce="render-nonce" src="/b.js"></script>'), nonce: 'render-nonce' };
    expect(withNonce(kept, 'fresh')).toBe('<script nonce="fresh">a</script><script nonce="fresh" src="/b.js"></script>');
    expect(withNonce(page('<p>no script</p>'), 'fresh')).toBe('<p>no script</p>');
  });

  it('does not keep a render of data that was replaced while it ran, nor one for another token', () => {
    const now = Date.now();
    storeSharedPage('h', live(), now);
    const stamp = sharedPageStamp('h');
    forgetSharedPage('h', now + 1);
    storeSharedPage('h', live(), now + 2);
    storeRenderedPage('h', stamp, page('<p>old</p>'));
    expect(readRenderedPage('h')).toBeUndefined();
    storeSharedPage('i', live(), now);
    storeRenderedPage('i', sharedPageStamp('h'), page('<p>h</p>'));
    expect(readRenderedPage('i')).toBeUndefined();
    storeRenderedPage('i', sharedPageStamp('i'), page('x'.repeat(MAX_PAGE_BYTES + 1)));
    expect(readRenderedPage('i')).toBeUndefined();
  });
});
