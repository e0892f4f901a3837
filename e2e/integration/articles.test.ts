// Story: a newsroom's CMS sends an article as text or as HTML; Factdesk freezes a safe plain text
// that claims will point into, and refuses what it cannot freeze with a clear answer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDto, ArticleSummaryDto } from '@/lib/validations/article';
import { createMember, type ApiError, type Member } from './support/api';

let editor: Member;

beforeAll(async () => {
  editor = await createMember('articles');
});

const hostileHtml = `
  <h1>Council approves the budget</h1>
  <script>document.title = 'stolen ' + document.cookie</script>
  <p onclick="steal()">The council approved the budget on Monday.</p>
  <img src="x" onerror="steal()">
  <p>Read <a href="javascript:steal()">the minutes</a> or <a href="https://example.org/report">the report</a>.</p>
  <style>body { display: none }</style>
  <iframe src="https://evil.example/"></iframe>
`;

describe('creating an article', () => {
  it('from text freezes the text and answers 201 with it', async () => {
    const response = await editor.api.post<ArticleDto>('/api/v1/articles', {
      title: 'Harbour reopens',
      text: 'The harbour reopened on Tuesday.\n\nShips waited for three days.',
      sourceUrl: 'https://news.example/harbour',
      author: 'A. Reporter',
      outlet: 'The Example Times',
      publishedAt: '2025-03-04T10:00:00Z',
    });
    expect(response.status).toBe(201);
    const article = response.body;
    expect(article.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(article.title).toBe('Harbour reopens');
    expect(article.text).toContain('The harbour reopened on Tuesday.');
    expect(article.text).toContain('Ships waited for three days.');
    expect(article.sourceUrl).toBe('https://news.example/harbour');
    expect(article.author).toBe('A. Reporter');
    expect(article.outlet).toBe('The Example Times');
    expect(article.publishedAt).toBe('2025-03-04T10:00:00.000Z');
    expect(article.version.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(article.blocks.map((b) => b.type)).toEqual(['p', 'p']);
  });

  it('from HTML keeps the safe subset only: no scripts, handlers or javascript: links', async () => {
    const response = await editor.api.post<ArticleDto>('/api/v1/articles', { title: 'Budget', html: hostileHtml });
    expect(response.status).toBe(201);
    const article = response.body;
    expect(article.text).toContain('The council approved the budget on Monday.');
    expect(article.text).toContain('the minutes');
    const stored = JSON.stringify(article);
    for (const forbidden of ['steal()', 'document.cookie', 'javascript:', 'onerror', 'onclick', 'display: none', 'evil.example']) {
      expect(stored).not.toContain(forbidden);
    }
    const links = article.blocks.flatMap((b) => b.links ?? []);
    expect(links.map((l) => l.href)).toEqual(['https://example.org/report']);

    // What is read back is what was frozen, not the input.
    const again = await editor.api.get<ArticleDto>(`/api/v1/articles/${article.id}`);
    expect(again.status).toBe(200);
    expect(again.body.text).toBe(article.text);
    expect(again.body.version.contentHash).toBe(article.version.contentHash);
  });

  it('is listed and can be read back', async () => {
    const created = await editor.api.post<ArticleDto>('/api/v1/articles', { title: 'Listed', text: 'A listed article.' });
    expect(created.status).toBe(201);
    const list = await editor.api.get<{ articles: ArticleSummaryDto[] }>('/api/v1/articles');
    expect(list.status).toBe(200);
    const summary = list.body.articles.find((a) => a.id === created.body.id);
    expect(summary).toMatchObject({ title: 'Listed', claimCount: 0 });

    const read = await editor.api.get<ArticleDto>(`/api/v1/articles/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
  });
});

describe('refusing an article', () => {
  it('over 2 MB with 413', async () => {
    const text = 'All work and no play makes a long article. '.repeat(52_000); // ~2.2 MB
    const response = await editor.api.post<{ error: ApiError }>('/api/v1/articles', { title: 'Too long', text });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload_too_large');
    expect(response.body.error.message).toMatch(/2 MB/);
  });

  it.each([
    ['empty text', { title: 'Empty', text: '' }],
    ['blank text', { title: 'Blank', text: ' \n\n \t ' }],
    ['HTML with nothing readable', { title: 'Nothing', html: '<script>alert(1)</script><style>p{}</style>' }],
  ])('that is empty (%s) with 422', async (_, input) => {
    const response = await editor.api.post<{ error: ApiError }>('/api/v1/articles', input);
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('unprocessable');
    expect(response.body.error.message).toMatch(/empty/i);
  });

  it('that gives both text and html with 422 naming the field', async () => {
    const response = await editor.api.post<{ error: ApiError }>('/api/v1/articles', {
      title: 'Both',
      text: 'Plain.',
      html: '<p>Marked up.</p>',
    });
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toHaveProperty('text');
  });

  it('that gives neither text nor html with 422', async () => {
    const response = await editor.api.post<{ error: ApiError }>('/api/v1/articles', { title: 'Neither' });
    expect(response.status).toBe(422);
  });

  it('does not store anything it refused', async () => {
    const list = await editor.api.get<{ articles: ArticleSummaryDto[] }>('/api/v1/articles');
    const titles = list.body.articles.map((a) => a.title);
    for (const refused of ['Too long', 'Empty', 'Blank', 'Nothing', 'Both', 'Neither']) expect(titles).not.toContain(refused);
  });
});
