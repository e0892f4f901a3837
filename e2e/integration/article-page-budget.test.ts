// Story: a checker opens an article on a phone over a slow connection. The page must become usable
// quickly, so the JavaScript it loads first stays within a budget: 170 kB gzip, the framework
// included, and none of it zod (validation runs on the server, decision 043). The figure is read
// from the running build's own files, the chunks the page's HTML names, so it is exact, not a
// timing. What the page loads later (the claim panel on a click, the share menu when opened) is
// not counted: it is loaded when needed. And the phone can paint the text from the first HTML:
// nothing of the page waits behind a loading skeleton or in a chunk React reveals later, and a
// long claim list comes with only its first screenful.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { firstLoadJs } from '@/scripts/lib/first-load-js';
import { baseUrl, createArticle, createMember, sessionCookieOf, type Member } from './support/api';
import { markClaim } from './support/share-fixtures';

const BUDGET_GZIP_BYTES = 170_000;
const distDir = fileURLToPath(new URL('../../.next', import.meta.url));

const paragraphs = Array.from(
  { length: 12 },
  (_, i) => `In district ${i + 1}, the council said it built ${(i + 2) * 40} homes last year, twice as many as the year before.`,
);

let owner: Member;
let cookie: string;
let articleId: string;
let claimId: string;

async function pageHtml(pathname: string): Promise<string> {
  const response = await fetch(new URL(pathname, baseUrl), { headers: { cookie }, redirect: 'manual' });
  expect(response.status, pathname).toBe(200);
  return response.text();
}

beforeAll(async () => {
  owner = await createMember('budget');
  const article = await createArticle(owner.api, { title: 'Homes built', text: paragraphs.join('\n\n') });
  articleId = article.id;
  const claims = [];
  for (const paragraph of paragraphs.slice(0, 6)) claims.push(await markClaim(owner.api, articleId, paragraph));
  claimId = claims[0]!.id;
  cookie = await sessionCookieOf(owner, { 'x-forwarded-for': '198.51.100.214' });
});

describe('the article page’s first-load JavaScript', () => {
  it('stays within 170 kB gzip', async () => {
    const js = firstLoadJs(await pageHtml(`/articles/${articleId}`), distDir);
    // The framework's own chunks at least: a page whose chunks were not found would pass for nothing.
    expect(js.chunks.length).toBeGreaterThan(4);
    const sizes = js.chunks.map((c) => `${path.basename(c.file)} ${c.gzipBytes}`).join(', ');
    expect(js.gzipBytes, `first-load JS ${js.gzipBytes} B gzip: ${sizes}`).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('carries no zod, with or without a claim open', async () => {
    for (const pathname of [`/articles/${articleId}`, `/articles/${articleId}?claim=${claimId}`]) {
      const js = firstLoadJs(await pageHtml(pathname), distDir);
      expect(
        js.chunks.filter((c) => c.hasZod).map((c) => c.file),
        pathname,
      ).toEqual([]);
    }
  });
});

describe('the article page’s first HTML', () => {
  const longParagraphs = Array.from(
    { length: 70 },
    (_, i) => `Paragraph ${i + 1}: the agency reported ${(i + 3) * 17} inspections in region ${i + 1}, and officials said the backlog had halved since the spring review.`,
  );
  let longArticleId = '';

  beforeAll(async () => {
    const article = await createArticle(owner.api, { title: 'A long review', text: longParagraphs.join('\n\n') });
    longArticleId = article.id;
    for (const paragraph of longParagraphs.slice(0, 60)) await markClaim(owner.api, longArticleId, paragraph.slice(0, paragraph.indexOf(',')));
  });

  it('holds the whole text with every highlight, and nothing waiting to be revealed', async () => {
    const html = await pageHtml(`/articles/${longArticleId}`);
    // A pending Suspense boundary (a loading skeleton, a group streamed apart) is written as
    // `<!--$?-->` with a template, its content later in a hidden div revealed by a script.
    expect(html).not.toContain('<!--$?-->');
    expect(html).not.toMatch(/<div hidden id="S:/);
    const body = html.slice(0, html.indexOf('self.__next_f'));
    expect(body).toContain('Paragraph 70: the agency reported');
    expect(body.match(/<mark class="claim-highlight/g)).toHaveLength(60);
    // The text comes before the claims column, so a phone paints it first.
    expect(body.indexOf('Paragraph 1: the agency')).toBeLessThan(body.indexOf('aria-label="Claims in document order"'));
  });

  it('lists only the first 40 claims; the rest are added once the page runs', async () => {
    const html = await pageHtml(`/articles/${longArticleId}`);
    const list = html.slice(html.indexOf('aria-label="Claims in document order"'));
    const items = list.slice(0, list.indexOf('</ol>')).match(/<li>/g) ?? [];
    expect(items).toHaveLength(40);
  });
});
