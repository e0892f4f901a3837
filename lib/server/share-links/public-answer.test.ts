import { describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { notModified, PUBLIC_CACHE_CONTROL, PUBLIC_PAGE_POLICY, publicResponse, strongEtag } = await import('./public-answer');

const page = (headers: Record<string, string> = {}) => new Request('http://localhost/v/x', { headers });
const html = { status: 200, contentType: 'text/html; charset=utf-8', body: '<p>verdict</p>' };

describe('answers of the public pages', () => {
  it('carry a strong ETag of their bytes, a cache rule a CDN must revalidate, and a policy without script', async () => {
    const response = publicResponse(page(), html);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(strongEtag('<p>verdict</p>'));
    expect(response.headers.get('etag')).toMatch(/^"[\w-]{32}"$/);
    expect(response.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL);
    expect(response.headers.get('content-security-policy')).toBe(PUBLIC_PAGE_POLICY);
    expect(PUBLIC_PAGE_POLICY).toContain("script-src 'none'");
    expect(PUBLIC_PAGE_POLICY).not.toContain('nonce');
    expect(await response.text()).toBe('<p>verdict</p>');
  });

  it('answer 304 without a body to a client holding the same bytes, even under a weakened tag', async () => {
    const etag = strongEtag('<p>verdict</p>');
    for (const held of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const response = publicResponse(page({ 'if-none-match': held }), html);
      expect(response.status, held).toBe(304);
      expect(response.headers.get('etag')).toBe(etag);
      expect(await response.text()).toBe('');
    }
    expect(publicResponse(page({ 'if-none-match': strongEtag('<p>old verdict</p>') }), html).status).toBe(200);
    expect(notModified(page(), etag)).toBeNull();
  });

  it('keep the status of a gone link, and never let an outage be cached', () => {
    expect(publicResponse(page(), { ...html, status: 410 }).status).toBe(410);
    const outage = publicResponse(page({ 'if-none-match': '*' }), { ...html, status: 503, retryAfterSeconds: 5 });
    expect(outage.status).toBe(503);
    expect(outage.headers.get('retry-after')).toBe('5');
    expect(outage.headers.get('cache-control')).toBe('no-store');
    expect(outage.headers.get('etag')).toBeNull();
  });
});
