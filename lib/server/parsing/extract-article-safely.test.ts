import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { extractArticle } from '@/lib/core/document/extract-article';

// The module is server-only; this test is its server.
vi.mock('server-only', () => ({}));

const { extractArticleSafely } = await import('./extract-article-safely');

// A real news page, made large enough for the worker by a long footer of links.
const PAGE = readFileSync(new URL('../../core/document/fixtures/pages/lavrov-syria.html', import.meta.url), 'utf8').replace(
  '</body>',
  `<footer>${'<p><a href="/more">More news</a></p>'.repeat(1_000)}</footer></body>`,
);
const URL_OF_PAGE = 'https://news.example.test/story';

describe('extractArticleSafely', () => {
  it('extracts a large page in a worker exactly as on the spot', async () => {
    expect(PAGE.length).toBeGreaterThan(32 * 1024);

    expect(await extractArticleSafely(PAGE, URL_OF_PAGE)).toEqual(extractArticle(PAGE, { url: URL_OF_PAGE }));
  }, 60_000);
});
