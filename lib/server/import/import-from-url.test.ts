import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLocalServer, type LocalServer } from './local-test-server';

// The module is server-only; this test is its server.
vi.mock('server-only', () => ({}));

const { fetchAndExtract } = await import('./import-from-url');

const LAVROV = readFileSync(new URL('../../core/document/fixtures/pages/lavrov-syria.html', import.meta.url), 'utf8');
const servers: LocalServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A news site on 127.0.0.1: /story redirects to the article, /plain is text, /index has no story. */
async function newsSite(): Promise<LocalServer> {
  const site = await startLocalServer((req, res) => {
    if (req.url === '/story') res.writeHead(301, { location: '/Detail/2017/12/28/lavrov' }).end();
    else if (req.url === '/Detail/2017/12/28/lavrov') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(LAVROV);
    else if (req.url === '/plain') res.writeHead(200, { 'content-type': 'text/plain' }).end('First paragraph.\n\nSecond <b>paragraph</b>.');
    else if (req.url === '/index') res.writeHead(200, { 'content-type': 'text/html' }).end('<nav><a href="/a">Home</a></nav>');
    else res.writeHead(200, { 'content-type': 'image/png' }).end();
  });
  servers.push(site);
  return site;
}

describe('fetchAndExtract', () => {
  it('fetches a page through a redirect and returns the story with its provenance', async () => {
    const site = await newsSite();
    const result = await fetchAndExtract(`${site.origin}/story`, { allowHosts: [site.hostPort] });
    if (!result.ok) throw new Error(result.message);
    const { article, raw } = result;
    expect(article).toMatchObject({
      title: 'Russian foreign minister says American forces must leave Syria',
      outlet: 'World News Desk',
      publishedAt: '2017-12-28T09:14:00.000Z',
      canonicalUrl: 'http://news.example.test/Detail/2017/12/28/russia-lavrov-us-forces-syria',
      language: 'en',
      direction: 'ltr',
    });
    expect(article.document.text).toMatch(/^Russia’s Foreign Minister Sergei Lavrov says/);
    expect(article.document.text).not.toContain('Related stories');
    expect(article.contentHash).toBe(createHash('sha256').update(article.document.text).digest('hex'));
    expect(raw).toMatchObject({
      html: LAVROV,
      status: 200,
      finalUrl: `${site.origin}/Detail/2017/12/28/lavrov`,
      contentType: 'text/html',
      redirects: [`${site.origin}/story`],
    });
    expect(Number.isNaN(Date.parse(raw.fetchedAt))).toBe(false);
  });

  it('imports a plain-text page whole, as text', async () => {
    const site = await newsSite();
    const result = await fetchAndExtract(`${site.origin}/plain`, { allowHosts: [site.hostPort] });
    expect(result).toMatchObject({
      ok: true,
      article: {
        canonicalUrl: `${site.origin}/plain`,
        direction: 'ltr',
        html: '<p>First paragraph.</p><p>Second &lt;b&gt;paragraph&lt;/b&gt;.</p>',
        document: { text: 'First paragraph.\n\nSecond <b>paragraph</b>.' },
      },
    });
  });

  it('passes on why a page could not be fetched or read', async () => {
    const site = await newsSite();
    const options = { allowHosts: [site.hostPort] };
    expect(await fetchAndExtract(`${site.origin}/index`, options)).toMatchObject({ ok: false, code: 'no_article' });
    expect(await fetchAndExtract(`${site.origin}/image.png`, options)).toMatchObject({ ok: false, code: 'unsupported_type' });
    expect(await fetchAndExtract(`${site.origin}/story`)).toMatchObject({ ok: false, code: 'address_not_allowed' });
  });
});
