import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from './local-test-server';
import type { Resolver } from './resolve-target';
import { safeFetchPage } from './safe-fetch';

const PAGE = '<!doctype html><html><head><title>Harbour</title></head><body><p>The harbour reopened.</p></body></html>';
const servers: LocalServer[] = [];

async function serve(handler: Parameters<typeof startLocalServer>[0]): Promise<LocalServer> {
  const server = await startLocalServer(handler);
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Every name resolves to 127.0.0.1, as a hostile DNS server might answer. */
const inward: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];

describe('safeFetchPage against local servers', () => {
  it('fetches an allow-listed page and reports what it got', async () => {
    const site = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE));
    const result = await safeFetchPage(`${site.origin}/story`, { allowHosts: [site.hostPort] });
    expect(result).toMatchObject({
      ok: true,
      finalUrl: `${site.origin}/story`,
      status: 200,
      contentType: 'text/html',
      charset: 'utf-8',
      body: PAGE,
      redirects: [],
    });
    if (result.ok) expect(Date.parse(result.fetchedAt)).toBeGreaterThan(Date.now() - 5_000);
  });

  it('refuses the same server when it is not on the allow-list', async () => {
    const site = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
    const result = await safeFetchPage(`${site.origin}/story`);
    expect(result).toMatchObject({ ok: false, code: 'address_not_allowed' });
    expect(!result.ok && result.message).toContain('127.0.0.1 is a loopback address');
  });

  it('connects to the address it vetted and keeps the host name in the Host header', async () => {
    let host: string | undefined;
    const site = await serve((req, res) => {
      host = req.headers.host;
      res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    });
    // news.example.test exists in no DNS: the request can only reach the server through our answer.
    const link = `http://news.example.test:${site.port}/story`;
    const result = await safeFetchPage(link, { allowHosts: [`news.example.test:${site.port}`], resolve: inward });
    expect(result).toMatchObject({ ok: true, finalUrl: link });
    expect(host).toBe(`news.example.test:${site.port}`);
  });

  it('follows up to five redirects and refuses the sixth', async () => {
    const site = await serve((req, res) => {
      const hop = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('hop') ?? 0);
      const left = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('left') ?? 0);
      if (left > 0) res.writeHead(302, { location: `/go?hop=${hop + 1}&left=${left - 1}` }).end();
      else res.writeHead(200, { 'content-type': 'text/html' }).end(`<p>hop ${hop}</p>`);
    });
    const five = await safeFetchPage(`${site.origin}/go?left=5`, { allowHosts: [site.hostPort] });
    expect(five).toMatchObject({ ok: true, body: '<p>hop 5</p>', finalUrl: `${site.origin}/go?hop=5&left=0` });
    expect(five.ok && five.redirects).toHaveLength(5);

    const six = await safeFetchPage(`${site.origin}/go?left=6`, { allowHosts: [site.hostPort] });
    expect(six).toMatchObject({ ok: false, code: 'too_many_redirects' });
  });

  it('re-checks every redirect: an allowed host cannot send us to an inward one', async () => {
    const internal = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>secret</p>'));
    const targets = [
      `${internal.origin}/admin`,
      `http://localhost:${internal.port}/admin`,
      `http://[::ffff:127.0.0.1]:${internal.port}/`,
      'http://169.254.169.254/latest/meta-data/',
    ];
    const site = await serve((req, res) => {
      const index = Number(req.url?.slice(1));
      res.writeHead(301, { location: targets[index] }).end();
    });
    for (const [index, target] of targets.entries()) {
      const result = await safeFetchPage(`${site.origin}/${index}`, { allowHosts: [site.hostPort], resolve: inward });
      expect(result, target).toMatchObject({ ok: false, code: 'address_not_allowed' });
    }
  });

  it('refuses a redirect to another scheme', async () => {
    const site = await serve((_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end());
    const result = await safeFetchPage(site.origin, { allowHosts: [site.hostPort] });
    expect(result).toEqual({
      ok: false,
      code: 'scheme_not_allowed',
      message: 'The site redirected to a “file:” link; only http and https links can be imported.',
    });
  });

  it('gives up on a server that never answers', async () => {
    const site = await serve(() => undefined);
    const result = await safeFetchPage(site.origin, { allowHosts: [site.hostPort], timeoutMs: 300 });
    expect(result).toEqual({ ok: false, code: 'timeout', message: 'The site did not send the page within 0.3 seconds.' });
  });

  it('gives up on a body that trickles in past the deadline', async () => {
    const site = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('<p>.</p>'), 50);
      res.on('close', () => clearInterval(timer));
    });
    const started = Date.now();
    const result = await safeFetchPage(site.origin, { allowHosts: [site.hostPort], timeoutMs: 400 });
    expect(result).toMatchObject({ ok: false, code: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('stops reading a body larger than the cap, declared or not', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const site = await serve((req, res) => {
      if (req.url === '/declared') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(100 * 1024 * 1024) });
        res.write(chunk); // then nothing: we must refuse on the header alone
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html' }); // chunked, no length
      for (let i = 0; i < 96; i++) res.write(chunk); // 6 MB
      res.end();
    });
    const streamed = await safeFetchPage(`${site.origin}/streamed`, { allowHosts: [site.hostPort] });
    expect(streamed).toEqual({
      ok: false,
      code: 'too_large',
      message: 'The page is larger than 5 MB, the most Factdesk downloads for one article.',
    });
    const declared = await safeFetchPage(`${site.origin}/declared`, { allowHosts: [site.hostPort], timeoutMs: 1_000 });
    expect(declared).toMatchObject({ ok: false, code: 'too_large' });
  });

  it('counts decompressed bytes, so a small gzip body cannot expand past the cap', async () => {
    const bomb = gzipSync(Buffer.alloc(3 * 1024 * 1024, ' '));
    const small = gzipSync(Buffer.from(PAGE));
    const site = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(req.url === '/bomb' ? bomb : small);
    });
    const options = { allowHosts: [site.hostPort], maxBytes: 1024 * 1024 };
    expect(await safeFetchPage(`${site.origin}/bomb`, options)).toMatchObject({ ok: false, code: 'too_large' });
    expect(await safeFetchPage(`${site.origin}/small`, options)).toMatchObject({ ok: true, body: PAGE });
  });

  it('accepts only HTML and plain text', async () => {
    const site = await serve((req, res) => {
      if (req.url === '/png') res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      else if (req.url === '/untyped') res.writeHead(200).end('<p>?</p>');
      else res.writeHead(200, { 'content-type': 'text/plain' }).end('Plain words.');
    });
    const png = await safeFetchPage(`${site.origin}/png`, { allowHosts: [site.hostPort] });
    expect(png).toEqual({
      ok: false,
      code: 'unsupported_type',
      message: 'The link leads to “image/png”, not a web page. Only HTML and plain-text pages can be imported.',
    });
    expect(await safeFetchPage(`${site.origin}/untyped`, { allowHosts: [site.hostPort] })).toMatchObject({ code: 'unsupported_type' });
    expect(await safeFetchPage(`${site.origin}/text`, { allowHosts: [site.hostPort] })).toMatchObject({ ok: true, contentType: 'text/plain' });
  });

  it('decodes the charset the page declares', async () => {
    // “Café” costs €5 — in windows-1252 bytes, which are not valid UTF-8.
    const cp1252 = Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x63, 0x6f, 0x73, 0x74, 0x73, 0x20, 0x80, 0x35]);
    const site = await serve((req, res) => {
      if (req.url === '/header') res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(cp1252);
      else res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.concat([Buffer.from('<meta charset="iso-8859-1">'), cp1252]));
    });
    const byHeader = await safeFetchPage(`${site.origin}/header`, { allowHosts: [site.hostPort] });
    expect(byHeader).toMatchObject({ ok: true, charset: 'windows-1252', body: '“Café” costs €5' });
    const byMeta = await safeFetchPage(`${site.origin}/meta`, { allowHosts: [site.hostPort] });
    expect(byMeta).toMatchObject({ ok: true, body: '<meta charset="iso-8859-1">“Café” costs €5' });
  });

  it('reports an HTTP error status', async () => {
    const site = await serve((_req, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<p>gone</p>'));
    const result = await safeFetchPage(site.origin, { allowHosts: [site.hostPort] });
    expect(result).toEqual({ ok: false, code: 'http_error', status: 404, message: 'The site answered with HTTP 404 (Not Found) instead of the page.' });
  });
});
