// Story: an editor (or a newsroom's CMS) hands Factdesk a link instead of the text. The server
// fetches the page, keeps only the story, freezes it with what the page says about itself, and
// keeps the raw page for provenance; a link it will not or cannot fetch gets a 422 saying why.
//
// The pages come from a local server this file starts on 127.0.0.1:27801, the one address the app
// under test is allowed to reach there (scripts/test.sh sets FACTDESK_IMPORT_ALLOW_HOSTS); every
// other private address stays refused, which is what the second server below checks.
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDto } from '@/lib/validations/article';
import { createMember, type ApiError, type Member } from './support/api';

const ALLOWED_PORT = 27801;
const origin = `http://127.0.0.1:${ALLOWED_PORT}`;

const fixture = (name: string) => readFileSync(new URL(`../../lib/core/document/fixtures/pages/${name}.html`, import.meta.url), 'utf8');
const pages: Record<string, string> = {
  '/news/harbour-council': fixture('harbour-council'),
  '/news/arabic': fixture('arabic-rtl'),
};

// The app's fetch gives up after 10 s (its default); the slow page takes longer than that.
const SLOW_MS = 13_000;

function serve(response: ServerResponse, path: string): void {
  const page = pages[path];
  if (page !== undefined) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    return;
  }
  if (path === '/slow') {
    // Headers and the start of the page at once, the rest never in time: only the total timeout
    // can stop this one.
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.write('<!doctype html><html><head><title>Slow</title></head><body><p>Loading');
    setTimeout(() => response.end('</p></body></html>'), SLOW_MS).unref();
    return;
  }
  response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
}

function listen(port: number): Promise<Server> {
  const server = createServer((request, response) => serve(response, new URL(request.url ?? '/', origin).pathname));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

function close(server: Server | undefined): Promise<void> {
  if (!server) return Promise.resolve();
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

let editor: Member;
let allowed: Server;
// The same pages on a port that is not on the allow-list.
let other: Server;

beforeAll(async () => {
  [editor, allowed, other] = await Promise.all([createMember('import-url'), listen(ALLOWED_PORT), listen(0)]);
});

afterAll(async () => {
  await Promise.all([close(allowed), close(other)]);
});

async function importUrl(input: Record<string, unknown>) {
  return editor.api.post<ArticleDto & { error: ApiError & { reason?: string } }>('/api/v1/articles', input);
}

describe('importing an article from a link', () => {
  it('answers 201 with the story, its metadata, language and direction, and no page furniture', async () => {
    const url = `${origin}/news/harbour-council`;
    const response = await importUrl({ url });
    expect(response.status, response.text).toBe(201);
    const article = response.body;
    expect(article).toMatchObject({
      title: 'Harbour council votes to cap cruise ship visits',
      author: 'Maria Lindqvist',
      outlet: 'Coastal Courier',
      publishedAt: '2024-03-14T07:30:00.000Z',
      sourceUrl: url,
      canonicalUrl: 'https://coastalcourier.example/news/2024/03/14/harbour-council-cruise-cap',
      language: 'en-GB',
      direction: 'ltr',
      version: { number: 1, source: 'url' },
    });
    expect(article.text).toContain('We are not closing the harbour.');
    expect(article.text).toContain('The harbour authority, which has the final say on berth bookings');
    for (const boilerplate of ['We use cookies', 'Subscribe today', 'Share on Facebook', 'Related stories', 'Most read', 'Privacy notice', 'Seaboard Media Group', 'dataLayer']) {
      expect(article.text, boilerplate).not.toContain(boilerplate);
    }
    expect(article.blocks.some((b) => b.type === 'h2')).toBe(true);
    expect(article.blocks.some((b) => b.type === 'blockquote')).toBe(true);

    // The stored version is the one read back, and it keeps the whole page as fetched.
    const read = await editor.api.get<ArticleDto>(`/api/v1/articles/${article.id}`);
    expect(read.body.text).toBe(article.text);
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ source: string; fetchedAt: Date | null; httpStatus: number | null; rawHtml: Buffer | null }>(
        'SELECT source, "fetchedAt", "httpStatus", "rawHtml" FROM article_version WHERE "articleId" = $1',
        [article.id],
      );
      expect(rows).toHaveLength(1);
      const [version] = rows as [(typeof rows)[number]];
      expect(version).toMatchObject({ source: 'url', httpStatus: 200 });
      expect(version.fetchedAt).toBeInstanceOf(Date);
      expect(gunzipSync(version.rawHtml!).toString('utf8')).toBe(pages['/news/harbour-council']);
    } finally {
      await client.end();
    }
  });

  it('lets the caller correct the metadata the page declares', async () => {
    const response = await importUrl({ url: `${origin}/news/harbour-council`, allowDuplicate: true, title: 'Cruise cap vote', author: 'M. Lindqvist', outlet: 'The Courier', publishedAt: '2024-03-15' });
    expect(response.status, response.text).toBe(201);
    expect(response.body).toMatchObject({ title: 'Cruise cap vote', author: 'M. Lindqvist', outlet: 'The Courier', language: 'en-GB' });
    expect(response.body.publishedAt).toMatch(/^2024-03-15/);
  });

  it('reads a right-to-left page as right to left', async () => {
    const response = await importUrl({ url: `${origin}/news/arabic` });
    expect(response.status, response.text).toBe(201);
    expect(response.body).toMatchObject({ outlet: 'صحيفة الأفق', language: 'ar', direction: 'rtl' });
    expect(response.body.text).not.toContain('جميع الحقوق محفوظة');
  });
});

describe('the page as it was fetched', () => {
  it('downloads for members as a sandboxed attachment, byte for byte, and for nobody else', async () => {
    const article = await importUrl({ url: `http://127.0.0.1:${ALLOWED_PORT}/news/harbour-council`, allowDuplicate: true });
    expect(article.status).toBe(201);
    const raw = await editor.api.get<string>(`/api/v1/articles/${article.body.id}/versions/1/raw`);
    expect(raw.status).toBe(200);
    expect(raw.text).toBe(pages['/news/harbour-council']);
    expect(raw.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(raw.headers.get('content-security-policy')).toMatch(/^sandbox; default-src 'none'/);
    expect((await editor.api.get(`/api/v1/articles/${article.body.id}/versions/2/raw`)).status).toBe(404);

    const outsider = await createMember('raw-outsider');
    expect((await outsider.api.get(`/api/v1/articles/${article.body.id}/versions/1/raw`)).status).toBe(404);
  });

  it('does not exist for a pasted article', async () => {
    const pasted = await editor.api.post<ArticleDto>('/api/v1/articles', { title: 'Pasted', text: 'A pasted paragraph.' });
    const raw = await editor.api.get<{ error: ApiError }>(`/api/v1/articles/${pasted.body.id}/versions/1/raw`);
    expect(raw.status).toBe(404);
    expect(raw.body.error.message).toContain('not fetched from a link');
  });
});

describe('a link the server refuses', () => {
  it('on 127.0.0.1 at a port not on the allow-list gets 422 saying the address is refused', async () => {
    const { port } = other.address() as AddressInfo;
    const response = await importUrl({ url: `http://127.0.0.1:${port}/news/harbour-council` });
    expect(response.status, response.text).toBe(422);
    expect(response.body.error.code).toBe('unprocessable');
    expect(response.body.error.reason).toBe('address_not_allowed');
    // "Factdesk will not fetch http://127.0.0.1:…: 127.0.0.1 is a loopback address (this server itself)…"
    expect(response.body.error.message).toMatch(/will not fetch/);
    expect(response.body.error.message).toMatch(/loopback/);
  });

  it('with ftp:// gets 422 on the url field', async () => {
    const response = await importUrl({ url: 'ftp://127.0.0.1:27801/news/harbour-council' });
    expect(response.status, response.text).toBe(422);
    expect(response.body.error.fields?.url?.join(' ')).toBeTruthy();
  });

  it('that answers with an error gets 422 with the status, not a 500', async () => {
    const response = await importUrl({ url: `${origin}/missing` });
    expect(response.status, response.text).toBe(422);
    expect(response.body.error.reason).toBe('http_error');
    expect(response.body.error.message).toContain('404');
  });

  it('together with text, or with a separate sourceUrl, gets 422', async () => {
    expect((await importUrl({ url: `${origin}/news/harbour-council`, text: 'Also this.' })).status).toBe(422);
    expect((await importUrl({ url: `${origin}/news/harbour-council`, sourceUrl: 'https://example.org/' })).status).toBe(422);
  });

  it('whose page is too slow gets 422 timeout', { timeout: 30_000 }, async () => {
    const started = Date.now();
    const response = await importUrl({ url: `${origin}/slow` });
    expect(response.status, response.text).toBe(422);
    expect(response.body.error.reason).toBe('timeout');
    expect(response.body.error.message).toMatch(/did not send the page within/);
    // Stopped by the app's deadline, not by the page finishing.
    expect(Date.now() - started).toBeLessThan(SLOW_MS);
  });
});
