// Story: an admin imports a partner's published checks (ClaimReview JSON-LD, as a file's text or
// by link through the safe fetcher). They are searchable, and appear in "already checked?" and in
// suggestions labelled with their publisher and linked to the original. A malformed file is
// refused with a clear message and nothing is written; only admins import.
// The link is served by a local server on 127.0.0.1:27835, allowed in scripts/test.sh.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSuggestionsDto, ReferenceReviewDto, SimilarClaimsDto } from '@/lib/validations/similar';
import type { SearchResultsDto } from '@/lib/validations/search';
import { createArticle, createMember, createTeammate, type ApiError, type Member } from './support/api';
import { sql } from './support/database';
import { markClaim } from './support/similar-fixtures';

const PORT = 27835;

function claimReview(url: string, claimReviewed: string, rating: string) {
  return {
    '@context': 'https://schema.org', '@type': 'ClaimReview', url, claimReviewed, datePublished: '2026-05-03',
    author: { '@type': 'Organization', name: 'Partner Checks' },
    reviewRating: { '@type': 'Rating', alternateName: rating },
    itemReviewed: { '@type': 'Claim', author: { name: 'A senator' }, appearance: [{ url: 'https://news.example/senator' }] },
  };
}

const FEED = {
  '@context': 'https://schema.org',
  '@type': 'DataFeed',
  dataFeedElement: [
    { '@type': 'DataFeedItem', item: [claimReview('https://partner.example/checks/bridge', 'The new bridge cost £1.8bn, twice the original budget.', 'Mostly true')] },
    { '@type': 'DataFeedItem', item: [claimReview('https://partner.example/checks/wheat', 'Wheat exports fell by 30% in 2025.', 'False')] },
  ],
};

let server: Server;
let owner: Member;
let editor: Member;
let outsider: Member;

const reviewCount = async (member: Member) =>
  Number((await sql<{ n: string }>('SELECT count(*) AS n FROM reference_review r JOIN workspace w ON w.id = r."workspaceId" WHERE w.name = $1', [member.user.workspace]))[0]?.n);

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/feed.json') {
      response.writeHead(200, { 'content-type': 'application/ld+json' }).end(JSON.stringify(FEED));
    } else {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"@type": "ClaimReview", "url": ');
    }
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
  owner = await createMember('library-admin');
  editor = await createTeammate(owner, 'editor');
  outsider = await createMember('library-outsider');
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('importing the reference library', () => {
  it('refuses malformed JSON-LD with a clear message and writes nothing', async () => {
    const broken = await owner.api.post<{ error: ApiError }>('/api/v1/reference-reviews', { document: '{"@type": "ClaimReview",' });
    expect(broken.status).toBe(422);
    expect(broken.body.error.message).toMatch(/not valid JSON/);
    const half = [claimReview('https://partner.example/a', 'Fine claim.', 'False'), { '@type': 'ClaimReview', url: 'https://partner.example/b' }];
    const invalid = await owner.api.post<{ error: ApiError }>('/api/v1/reference-reviews', { document: JSON.stringify(half) });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.message).toMatch(/^ClaimReview 2: claimReviewed .*Nothing was imported/);
    const fetched = await owner.api.post<{ error: ApiError }>('/api/v1/reference-reviews', { url: `http://127.0.0.1:${PORT}/broken.json` });
    expect(fetched.status).toBe(422);
    expect(fetched.body.error.message).toMatch(/not valid JSON/);
    expect(await reviewCount(owner)).toBe(0);
  });

  it('is for admins only', async () => {
    const response = await editor.api.post('/api/v1/reference-reviews', { document: JSON.stringify(FEED) });
    expect(response.status).toBe(403);
    expect(await reviewCount(owner)).toBe(0);
  });

  it('imports a feed from a link through the safe fetcher, and again without duplicates', async () => {
    const first = await owner.api.post('/api/v1/reference-reviews', { url: `http://127.0.0.1:${PORT}/feed.json` });
    expect(first.status, first.text).toBe(201);
    expect(first.body).toEqual({ imported: 2, updated: 0 });
    const again = await owner.api.post('/api/v1/reference-reviews', { document: JSON.stringify(FEED) });
    expect(again.body).toEqual({ imported: 0, updated: 2 });
    expect(await reviewCount(owner)).toBe(2);
  });

  it('refuses a link to a private address not on the allow-list', async () => {
    const response = await owner.api.post<{ error: ApiError }>('/api/v1/reference-reviews', { url: 'http://127.0.0.1:5432/' });
    expect(response.status).toBe(422);
  });
});

describe('using the reference library', () => {
  it('is searchable by words of the claim and by publisher, within the workspace', async () => {
    const search = async (member: Member, q: string) => (await member.api.get<{ reviews: ReferenceReviewDto[] }>(`/api/v1/reference-reviews?q=${encodeURIComponent(q)}`)).body.reviews;
    expect((await search(editor, 'bridge budget')).map((r) => r.url)).toEqual(['https://partner.example/checks/bridge']);
    expect(await search(editor, 'Partner Checks')).toHaveLength(2);
    expect(await search(outsider, 'bridge budget')).toEqual([]);
  });

  it('is a kind of result in the desk search, labelled with its publisher and opening the original, never in another workspace', async () => {
    const search = (member: Member, q: string, kinds = '') =>
      member.api.get<SearchResultsDto>(`/api/v1/search?q=${encodeURIComponent(q)}${kinds}`);
    const found = await search(editor, 'wheat exports');
    expect(found.status, found.text).toBe(200);
    const review = found.body.results.find((r) => r.kind === 'reference_review');
    expect(review).toMatchObject({ href: 'https://partner.example/checks/wheat', external: true, publisher: 'Partner Checks', articleId: null });
    expect(review!.snippet.map((s) => s.text).join('')).toContain('Partner Checks rated it False');
    expect(review!.title.filter((s) => s.highlight).map((s) => s.text)).toEqual(['Wheat', 'exports']);
    const only = await search(editor, 'bridge', '&kinds=reference_review');
    expect(only.body.results.map((r) => r.href)).toEqual(['https://partner.example/checks/bridge']);
    expect(only.body.nextCursor).toBeNull();
    expect((await search(outsider, 'wheat exports')).body.results.filter((r) => r.kind === 'reference_review')).toEqual([]);
  });

  it('appears in "already checked?" with its publisher and a link to the original', async () => {
    const article = await createArticle(owner.api, { title: 'Bridge', text: 'The new bridge cost £1.8bn, twice its original budget, the council said.' });
    const claim = await markClaim(editor.api, article.id, 'The new bridge cost £1.8bn, twice its original budget');
    const similar = await editor.api.get<SimilarClaimsDto>(`/api/v1/claims/${claim.id}/similar`);
    expect(similar.body.matches).toEqual([
      expect.objectContaining({ source: 'reference', publisher: 'Partner Checks', url: 'https://partner.example/checks/bridge', verdict: 'Mostly true', linked: false }),
    ]);
  });

  it('appears in suggestions labelled with its publisher', async () => {
    const article = await createArticle(owner.api, { title: 'Wheat', text: 'Wheat exports fell by 30% in 2025, officials said.' });
    const response = await editor.api.get<ArticleSuggestionsDto>(`/api/v1/articles/${article.id}/suggestions`);
    expect(response.body.suggestions[0]).toMatchObject({ kind: 'already-checked', match: expect.objectContaining({ source: 'reference', publisher: 'Partner Checks' }) });
    expect(response.body.suggestions[0]?.reasons[0]).toMatch(/^Partner Checks rated this False on 3 May 2026/);
  });
});
