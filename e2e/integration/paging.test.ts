// Story: a desk's lists grow past any fixed cap. The article list, a claim's history, its
// comments, the share links and each "my claims" queue answer one page at a time with a cursor, and walking the pages reaches every row
// exactly once, even while teammates add rows between two requests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSummaryDto } from '@/lib/validations/article';
import type { ClaimDto, ClaimEventDto } from '@/lib/validations/claim';
import type { CommentDto } from '@/lib/validations/comment';
import type { MyClaimDto, MyClaimSection, MyClaimsDto } from '@/lib/validations/my-claims';
import type { ShareLinkDto } from '@/lib/validations/share-link';
import { createArticle, createMember, type Api, type ApiResponse, type Member } from './support/api';
import { sql } from './support/database';
import { createClaimLink, publishClaim, shareArticleWithClaims } from './support/share-fixtures';
import { setSelfApproval } from './support/workspace-settings';

type PageBody<K extends string, T> = Record<K, T[]> & { nextCursor: string | null };

/** Every page of a list, in order; `between` runs after each page but the last. */
async function walk<K extends string, T>(api: Api, path: string, field: K, limit: number, between?: () => Promise<void>): Promise<T[][]> {
  const pages: T[][] = [];
  let cursor: string | null = null;
  do {
    const query: URLSearchParams = new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) });
    const response: ApiResponse<PageBody<K, T>> = await api.get<PageBody<K, T>>(`${path}?${query}`);
    expect(response.status, response.text).toBe(200);
    expect(response.body[field].length).toBeLessThanOrEqual(limit);
    pages.push(response.body[field]);
    cursor = response.body.nextCursor;
    if (cursor && between) await between();
  } while (cursor);
  return pages;
}

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

let editor: Member;
let claim: ClaimDto;

beforeAll(async () => {
  editor = await createMember('paging');
  const article = await createArticle(editor.api, { title: 'Dam', text: 'The dam holds four billion litres of water.' });
  claim = (await editor.api.post<ClaimDto>(`/api/v1/articles/${article.id}/claims`, { selector: { type: 'TextQuoteSelector', exact: 'four billion litres' } })).body;
});

describe('the article list', () => {
  it('walks every article once, newest first, while new ones are imported between pages', async () => {
    const member = await createMember('paging-articles');
    const older: string[] = [];
    for (let i = 0; i < 7; i++) older.unshift((await createArticle(member.api, { title: `Story ${i}`, text: `Text number ${i}.` })).id);
    let added = 0;
    const pages = await walk<'articles', ArticleSummaryDto>(member.api, '/api/v1/articles', 'articles', 3, async () => {
      await createArticle(member.api, { title: `Late ${added}`, text: `Late text ${added++}.` });
    });
    expect(added).toBeGreaterThan(0);
    // The newer imports sit before the first page's cursor: the walk neither repeats nor skips.
    expect(pages.flat().map((a) => a.id)).toEqual(older);
    expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
  });

  it('answers a first page with nextCursor when there are more, and null at the end', async () => {
    const member = await createMember('paging-end');
    await createArticle(member.api, { title: 'One', text: 'One.' });
    await createArticle(member.api, { title: 'Two', text: 'Two.' });
    const first = await member.api.get<PageBody<'articles', ArticleSummaryDto>>('/api/v1/articles?limit=1');
    expect(first.body.articles.map((a) => a.title)).toEqual(['Two']);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const all = await member.api.get<PageBody<'articles', ArticleSummaryDto>>('/api/v1/articles');
    expect(all.body.articles).toHaveLength(2);
    expect(all.body.nextCursor).toBeNull();
  });
});

describe("a claim's history", () => {
  it('reaches all of more than 500 events, ties of the same millisecond included', async () => {
    const bulk = await createMember('paging-bulk');
    const article = await createArticle(bulk.api, { title: 'Long history', text: 'A claim with a very long history.' });
    const busy = (await bulk.api.post<ClaimDto>(`/api/v1/articles/${article.id}/claims`, { selector: { type: 'TextQuoteSelector', exact: 'long history' } })).body;
    // 620 events, three to a millisecond, all older than the claim's own "created" event.
    await sql(
      `INSERT INTO claim_event (id, "claimId", "workspaceId", "actorName", at, kind, field, "fromValue", "toValue")
       SELECT 'bulk' || lpad(i::text, 4, '0') || c.id, c.id, c."workspaceId", 'Bulk', now() - interval '1 hour' - (i / 3) * interval '1 millisecond',
              'updated', 'statement', 'before ' || i, 'after ' || i
       FROM claim c, generate_series(1, 620) AS i WHERE c.id = $1`,
      [busy.id],
    );
    const pages = await walk<'events', ClaimEventDto>(bulk.api, `/api/v1/claims/${busy.id}/history`, 'events', 200);
    const all = pages.flat();
    expect(all).toHaveLength(621);
    expect(new Set(ids(all)).size).toBe(621);
    expect(all[0]!.kind).toBe('created');
    // Newest first throughout, across page boundaries.
    const times = all.map((event) => event.at);
    expect([...times].sort().reverse()).toEqual(times);

    const first = await bulk.api.get<PageBody<'events', ClaimEventDto>>(`/api/v1/claims/${busy.id}/history`);
    expect(first.body.events).toHaveLength(50);
    expect(first.body.nextCursor).toEqual(expect.any(String));
  });

  it('pages with a small limit while the claim keeps changing', async () => {
    let version = claim.version;
    for (let i = 0; i < 5; i++) version = (await editor.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, { version, statement: `Draft ${i}` })).body.version;
    const before = (await editor.api.get<PageBody<'events', ClaimEventDto>>(`/api/v1/claims/${claim.id}/history?limit=200`)).body.events;
    const pages = await walk<'events', ClaimEventDto>(editor.api, `/api/v1/claims/${claim.id}/history`, 'events', 2, async () => {
      version = (await editor.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, { version, statement: `Later ${version}` })).body.version;
    });
    expect(ids(pages.flat())).toEqual(ids(before));
  });
});

describe("a claim's comments", () => {
  it('pages back from the newest, each page oldest first, with none repeated or skipped', async () => {
    const target = (await editor.api.post<ClaimDto>(`/api/v1/articles/${(await createArticle(editor.api, { title: 'Talk', text: 'A much discussed line.' })).id}/claims`, {
      selector: { type: 'TextQuoteSelector', exact: 'discussed' },
    })).body;
    const posted: string[] = [];
    for (let i = 0; i < 5; i++) posted.push((await editor.api.post<CommentDto>(`/api/v1/claims/${target.id}/comments`, { body: `Comment ${i}` })).body.id);
    const pages = await walk<'comments', CommentDto>(editor.api, `/api/v1/claims/${target.id}/comments`, 'comments', 2, async () => {
      await editor.api.post(`/api/v1/claims/${target.id}/comments`, { body: 'Posted while reading' });
    });
    expect(pages.map(ids)).toEqual([posted.slice(3, 5), posted.slice(1, 3), posted.slice(0, 1)]);
  });
});

describe('share links', () => {
  it('walks every live link of a claim, an article and the workspace, newest first, while links are made between pages', async () => {
    const owner = await createMember('paging-links');
    await setSelfApproval(owner.user.workspace, true);
    const article = await shareArticleWithClaims(owner.api, 'Paged links');
    const verdict = await publishClaim(owner.api, article.id, 'the harbour bridge carried 40,000 cars a day in 2024');
    const claimLinks: string[] = [];
    for (let i = 0; i < 5; i++) claimLinks.unshift((await createClaimLink(owner.api, verdict.id)).id);
    const articleLinks: string[] = [];
    for (let i = 0; i < 3; i++) articleLinks.unshift((await owner.api.post<ShareLinkDto>(`/api/v1/articles/${article.id}/share-links`, {})).body.id);
    const revoked = await createClaimLink(owner.api, verdict.id);
    expect((await owner.api.delete(`/api/v1/share-links/${revoked.id}`)).status).toBe(204);

    const onClaim = await walk<'links', ShareLinkDto>(owner.api, `/api/v1/claims/${verdict.id}/share-links`, 'links', 2, async () => {
      await createClaimLink(owner.api, verdict.id);
    });
    expect(onClaim.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(ids(onClaim.flat())).toEqual(claimLinks);

    const onArticle = await walk<'links', ShareLinkDto>(owner.api, `/api/v1/articles/${article.id}/share-links`, 'links', 2);
    expect(ids(onArticle.flat())).toEqual(articleLinks);

    const everywhere = (await walk<'links', ShareLinkDto>(owner.api, '/api/v1/share-links', 'links', 3)).flat();
    expect(new Set(ids(everywhere)).size).toBe(everywhere.length);
    expect(ids(everywhere)).toEqual(expect.arrayContaining([...claimLinks, ...articleLinks]));
    expect(ids(everywhere)).not.toContain(revoked.id);
    const times = everywhere.map((link) => link.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
  });
});

describe('my claims', () => {
  /** One section of /me/claims, every page: the first from the combined answer, the rest by section and cursor. */
  async function walkSection(api: Api, section: MyClaimSection, limit: number): Promise<MyClaimDto[][]> {
    const first = await api.get<MyClaimsDto>(`/api/v1/me/claims?limit=${limit}`);
    expect(first.status, first.text).toBe(200);
    const pages = [first.body[section]];
    let cursor = first.body.nextCursors[section];
    while (cursor) {
      const next: ApiResponse<MyClaimsDto> = await api.get<MyClaimsDto>(`/api/v1/me/claims?${new URLSearchParams({ section, cursor, limit: String(limit) })}`);
      expect(next.status, next.text).toBe(200);
      expect(next.body[section].length).toBeLessThanOrEqual(limit);
      // Only the asked section continues; the others stay where the reader left them.
      for (const other of ['assigned', 'awaitingReview', 'mentioned'] as const) if (other !== section) expect(next.body[other]).toEqual([]);
      pages.push(next.body[section]);
      cursor = next.body.nextCursors[section];
    }
    return pages;
  }

  it('walks each section completely with a small limit, ties of the same millisecond included', async () => {
    const me = await createMember('paging-mine');
    const [user] = await sql<{ id: string }>('SELECT id FROM "user" WHERE email = $1', [me.user.email]);
    const article = await createArticle(me.api, { title: 'Queue', text: 'The queue holds seven claims today.' });
    for (let i = 0; i < 7; i++) await me.api.post(`/api/v1/articles/${article.id}/claims`, { selector: { type: 'TextQuoteSelector', exact: 'seven claims' } });
    // Seven claims in review, assigned to me, each mentioning me; two to a millisecond.
    await sql(
      `UPDATE claim c SET "assigneeId" = $2, status = 'needs_review', "proposedById" = NULL,
              "updatedAt" = now() - interval '1 hour' - (n.i / 2) * interval '1 millisecond'
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS i FROM claim WHERE "articleId" = $1) n WHERE c.id = n.id`,
      [article.id, user!.id],
    );
    await sql(
      `INSERT INTO comment (id, "claimId", "workspaceId", "authorName", body, mentions, "updatedAt")
       SELECT 'mention' || c.id, c.id, c."workspaceId", 'Paging', 'for you', ARRAY[$2::text], now() FROM claim c WHERE c."articleId" = $1`,
      [article.id, user!.id],
    );
    const claimIds = (await sql<{ id: string }>('SELECT id FROM claim WHERE "articleId" = $1', [article.id])).map((row) => row.id).sort();

    for (const section of ['assigned', 'awaitingReview', 'mentioned'] as const) {
      const pages = await walkSection(me.api, section, 2);
      expect(pages.map((page) => page.length), section).toEqual([2, 2, 2, 1]);
      const all = pages.flat();
      expect([...ids(all)].sort(), section).toEqual(claimIds);
      const times = all.map((claim) => claim.updatedAt);
      const sorted = [...times].sort();
      expect(times, section).toEqual(section === 'awaitingReview' ? sorted : sorted.reverse());
    }
  });

  it.each([
    ['a cursor without its section', () => `cursor=${Buffer.from(JSON.stringify({ at: new Date().toISOString(), id: 'abc' })).toString('base64url')}`],
    ['a section that does not exist', () => 'section=everything'],
  ])('%s is a 400', async (_name, query) => {
    const response = await editor.api.get(`/api/v1/me/claims?${query()}`);
    expect(response.status, response.text).toBe(400);
  });
});

describe('bad paging parameters', () => {
  const forged = Buffer.from(JSON.stringify({ at: 'yesterday', id: 'x' })).toString('base64url');
  const notJson = Buffer.from('not json').toString('base64url');
  const paths = () => [
    '/api/v1/articles',
    `/api/v1/claims/${claim.id}/history`,
    `/api/v1/claims/${claim.id}/comments`,
    '/api/v1/share-links',
    `/api/v1/claims/${claim.id}/share-links`,
    `/api/v1/articles/${claim.articleId}/share-links`,
    '/api/v1/me/claims?section=assigned',
  ];

  it.each([
    ['a cursor that is not base64url', 'cursor=%2F%2F%2F'],
    ['a cursor that is not JSON', `cursor=${notJson}`],
    ['a forged cursor', `cursor=${forged}`],
    ['a limit of 0', 'limit=0'],
    ['a limit past the maximum', 'limit=100000'],
    ['a limit that is not a number', 'limit=many'],
  ])('%s is a 400, never a 500', async (_name, query) => {
    for (const path of paths()) {
      const response = await editor.api.get(`${path}${path.includes('?') ? '&' : '?'}${query}`);
      expect(response.status, `${path}?${query}`).toBe(400);
    }
  });
});
