// Story: an editor looks over everything the desk has marked: filters by status, verdict,
// assignee, claimant, outlet, article, dates and words; sorts by any column; pages through it
// while teammates keep marking; exports exactly that set as CSV; and saves views for later,
// which nobody else sees. Another workspace's claims never appear.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto } from '@/lib/validations/claim';
import type { ClaimsViewItemDto, ClaimsViewPageDto, SavedViewDto } from '@/lib/validations/claims-view';
import { baseUrl, createArticle, createMember, createTeammate, type Api, type ApiError, type Member } from './support/api';
import { sql } from './support/database';

let a: Member;
let checker: Member;
let b: Member;
const tag = `cv${randomBytes(4).toString('hex')}`;
const claims: Record<string, ClaimDto> = {};
let harbourId: string;
let aId: string;
let checkerId: string;

const userIdOf = async (member: Member) => (await sql<{ id: string }>(`SELECT id FROM "user" WHERE email = $1`, [member.user.email]))[0]!.id;

const SENTENCES = ['Exports rose by nine percent', 'The bridge cost two million', 'Crime fell for the third year', 'The mayor =SUM(A1) doubled the budget', 'Unemployment is the lowest ever', 'Schools closed in March'];

type Setup = { status?: string; verdict?: string; assignee?: 'checker' | 'a'; claimant?: string; markedDaysAgo: number; publishedDaysAgo?: number; correctedDaysAgo?: number };

async function mark(api: Api, articleId: string, exact: string, statement: string, claimant: string): Promise<ClaimDto> {
  const created = await api.post<ClaimDto>(`/api/v1/articles/${articleId}/claims`, { selector: { type: 'TextQuoteSelector', exact }, statement, claimant });
  expect(created.status, created.text).toBe(201);
  return created.body;
}

/** Sets what the workflow would take many steps to reach: status, verdict, assignee, dates. */
async function arrange(claimId: string, setup: Setup, workspaceId: string) {
  const ago = (days: number | undefined) => (days === undefined ? null : new Date(Date.now() - days * 86_400_000 - 60_000));
  await sql(
    `UPDATE claim SET status = $2::"ClaimStatus", "ratingId" = (SELECT id FROM rating WHERE "workspaceId" = $3 AND key = $4),
       "assigneeId" = $5, "createdAt" = $6, "publishedAt" = $7, "correctedAt" = $8 WHERE id = $1`,
    [claimId, setup.status ?? 'to_check', workspaceId, setup.verdict ?? null, setup.assignee === 'checker' ? checkerId : setup.assignee === 'a' ? aId : null,
      ago(setup.markedDaysAgo), ago(setup.publishedDaysAgo), ago(setup.correctedDaysAgo)],
  );
}

const list = (member: Member, query: string) => member.api.get<ClaimsViewPageDto>(`/api/v1/claims?${query}`);

async function ids(query: string, member = a): Promise<string[]> {
  const response = await list(member, `${query}&limit=200`);
  expect(response.status, response.text).toBe(200);
  return response.body.items.map((item) => item.id);
}

const named = (...names: string[]) => names.map((name) => claims[name]!.id);
const same = (got: string[], want: string[]) => expect([...got].sort()).toEqual([...want].sort());

beforeAll(async () => {
  [a, b] = await Promise.all([createMember('claims-view-a'), createMember('claims-view-b')]);
  checker = await createTeammate(a, 'checker');
  [aId, checkerId] = await Promise.all([userIdOf(a), userIdOf(checker)]);
  const harbour = await createArticle(a.api, { title: `Harbour report ${tag}`, outlet: 'Harbour Gazette', text: `${SENTENCES.slice(0, 3).join('. ')}. ${tag}` });
  const mountain = await createArticle(a.api, { title: `Mountain report ${tag}`, outlet: 'Mountain Post', text: `${SENTENCES.slice(3).join('. ')}. ${tag}` });
  harbourId = harbour.id;
  const ws = (await sql<{ id: string }>(`SELECT "workspaceId" AS id FROM article WHERE id = $1`, [harbour.id]))[0]!.id;
  const plan: [string, string, number, string, Setup][] = [
    ['exports', harbour.id, 0, 'Ministry of Trade', { status: 'published', verdict: 'false', markedDaysAgo: 20, publishedDaysAgo: 3 }],
    ['bridge', harbour.id, 1, 'City Council', { status: 'researching', assignee: 'checker', markedDaysAgo: 2 }],
    ['crime', harbour.id, 2, 'Police chief Lavróv', { status: 'published', verdict: 'true', markedDaysAgo: 40, publishedDaysAgo: 30, correctedDaysAgo: 1 }],
    ['mayor', mountain.id, 0, '@mayor_office', { status: 'needs_review', verdict: 'mostly_false', assignee: 'a', markedDaysAgo: 5 }],
    ['jobs', mountain.id, 1, 'Ministry of Labour', { status: 'to_check', markedDaysAgo: 1 }],
    ['schools', mountain.id, 2, 'City Council', { status: 'dismissed', markedDaysAgo: 10 }],
  ];
  for (const [name, articleId, sentence, claimant, setup] of plan) {
    const exact = SENTENCES[articleId === harbour.id ? sentence : sentence + 3]!;
    claims[name] = await mark(a.api, articleId, exact, `${exact} (${tag})`, claimant);
    await arrange(claims[name]!.id, setup, ws);
  }
  // Workspace B marks the same words: A never sees them.
  const other = await createArticle(b.api, { title: `Harbour report ${tag}`, outlet: 'Harbour Gazette', text: `${SENTENCES[0]}. ${tag}` });
  claims.other = await mark(b.api, other.id, SENTENCES[0]!, `${SENTENCES[0]} (${tag})`, 'Ministry of Trade');
});

describe('filters', () => {
  it('each narrows the workspace’s claims to what it says', async () => {
    same(await ids(''), named('exports', 'bridge', 'crime', 'mayor', 'jobs', 'schools'));
    same(await ids('status=published'), named('exports', 'crime'));
    same(await ids('status=published&status=dismissed'), named('exports', 'crime', 'schools'));
    same(await ids('status=to_check,researching'), named('bridge', 'jobs'));
    same(await ids('verdict=false,mostly_false'), named('exports', 'mayor'));
    same(await ids('verdict=none'), named('bridge', 'jobs', 'schools'));
    same(await ids('verdict=true,none'), named('crime', 'bridge', 'jobs', 'schools'));
    same(await ids(`assignee=${checkerId}`), named('bridge'));
    same(await ids('assignee=me'), named('mayor'));
    same(await ids('assignee=me', checker), named('bridge'));
    same(await ids('assignee=unassigned'), named('exports', 'crime', 'jobs', 'schools'));
    same(await ids('claimant=council'), named('bridge', 'schools'));
    same(await ids('claimant=%25'), []);
    same(await ids('outlet=mountain'), named('mayor', 'jobs', 'schools'));
    same(await ids(`article=${harbourId}`), named('exports', 'bridge', 'crime'));
  });

  it('reads dates as ranges of days and as spans back from now', async () => {
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    same(await ids('markedWithin=7d'), named('bridge', 'mayor', 'jobs'));
    same(await ids('markedWithin=1w'), named('bridge', 'mayor', 'jobs'));
    same(await ids(`markedFrom=${day(11)}&markedTo=${day(4)}`), named('mayor', 'schools'));
    same(await ids(`publishedFrom=${day(7)}`), named('exports'));
    same(await ids(`publishedTo=${day(7)}`), named('crime'));
    same(await ids('correctedWithin=7d'), named('crime'));
    same(await ids('status=published&publishedWithin=30d&verdict=false'), named('exports'));
  });

  it('finds words the way search does: any case, accents, a typo, a word beginning, the claimant', async () => {
    same(await ids('q=BRIDGE'), named('bridge'));
    same(await ids('q=unemploy'), named('jobs'));
    same(await ids('q=lavrov'), named('crime'));
    same(await ids('q=bridgge'), named('bridge'));
    same(await ids(`q=${tag}&status=published`), named('exports', 'crime'));
    // Operators and punctuation are words, never query syntax.
    for (const q of [`"${tag}`, `'&|!:*()`, '-', "'); DROP TABLE claim; --"]) expect((await list(a, `q=${encodeURIComponent(q)}`)).status).toBe(200);
  });
});

describe('sorting', () => {
  it.each(['statement', 'status', 'verdict', 'assignee', 'claimant', 'article', 'outlet', 'marked', 'published', 'corrected', 'updated'])('by %s both ways, the one order reversed', async (sort) => {
    const up = await ids(`sort=${sort}&dir=asc`);
    const down = await ids(`sort=${sort}&dir=desc`);
    expect(up).toHaveLength(6);
    // Ties are broken by id in the same direction, so descending is exactly ascending reversed.
    expect(down).toEqual([...up].reverse());
  });

  it('in each column’s own order: text, the scale, dates, missing values last ascending', async () => {
    const page = (query: string) => list(a, query).then((r) => r.body.items);
    // (Where "@mayor_office" sorts depends on the database's collation; the letters do not.)
    const claimants = (await page('sort=claimant&dir=asc')).map((i: ClaimsViewItemDto) => i.claimant).filter((c) => !c.startsWith('@'));
    expect(claimants).toEqual(['City Council', 'City Council', 'Ministry of Labour', 'Ministry of Trade', 'Police chief Lavróv']);
    expect((await page('sort=verdict&dir=asc')).map((i) => i.verdict?.key ?? null)).toEqual(['true', 'mostly_false', 'false', null, null, null]);
    expect((await page('sort=marked&dir=desc')).map((i) => i.id)).toEqual(named('jobs', 'bridge', 'mayor', 'schools', 'exports', 'crime'));
    expect((await page('sort=published&dir=asc')).map((i) => i.id).slice(0, 2)).toEqual(named('crime', 'exports'));
    expect((await page('sort=status&dir=asc')).map((i) => i.status)).toEqual(['to_check', 'researching', 'needs_review', 'published', 'published', 'dismissed']);
  });
});

describe('paging', () => {
  it('walks every claim once in every sort, two at a time, while teammates mark more', async () => {
    const member = await createMember('claims-view-walk');
    const text = Array.from({ length: 30 }, (_, i) => `Claim number ${i} says ${i * 7} things`).join('. ');
    const article = await createArticle(member.api, { title: 'Walk', text });
    for (let i = 0; i < 7; i++) await mark(member.api, article.id, `Claim number ${i} says`, `Statement ${String.fromCharCode(97 + ((i * 3) % 7))}`, i % 2 ? 'Zed' : '');
    for (const sort of ['marked', 'statement', 'verdict', 'claimant']) {
      for (const dir of ['asc', 'desc']) {
        const before = await ids(`sort=${sort}&dir=${dir}`, member);
        const seen: string[] = [];
        let cursor: string | null = null;
        let added = 0;
        do {
          const response: Awaited<ReturnType<typeof list>> = await list(member, `sort=${sort}&dir=${dir}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
          expect(response.status, response.text).toBe(200);
          seen.push(...response.body.items.map((item) => item.id));
          cursor = response.body.nextCursor;
          if (cursor) {
            const n = 10 + added++;
            await mark(member.api, article.id, `Claim number ${n} says`, `Statement late ${sort}${dir}${n}`, '');
          }
        } while (cursor);
        // Every claim that was there is seen exactly once, in order; late ones may or may not be.
        expect(new Set(seen).size).toBe(seen.length);
        expect(seen.filter((id) => before.includes(id))).toEqual(before);
        await sql(`UPDATE claim SET "deletedAt" = now() WHERE "articleId" = $1 AND statement LIKE 'Statement late%'`, [article.id]);
      }
    }
  });

  it('ends with nextCursor null, and refuses a cursor of another sort or one that is not ours', async () => {
    const first = await list(a, 'limit=4');
    expect(first.body.items).toHaveLength(4);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const rest = await list(a, `limit=4&cursor=${first.body.nextCursor}`);
    expect(rest.body.items).toHaveLength(2);
    expect(rest.body.nextCursor).toBeNull();
    expect((await list(a, `limit=4&sort=statement&cursor=${first.body.nextCursor}`)).status).toBe(400);
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const cursor of ['bm90IGpzb24', forged({ sort: 'marked:desc', v: 'yesterday', id: 'x' }), forged({ sort: 'marked:desc', v: 5, id: 'x' }), forged({ sort: 'marked:desc', v: null, id: 'x' }), forged({ sort: 'status:asc', v: "published'::text", id: 'x' }), 'x'.repeat(13_000)]) {
      const response = await list(a, `cursor=${cursor}${cursor.includes('status') ? '&sort=status&dir=asc' : ''}`);
      expect(response.status, cursor).toBe(400);
    }
  });
});

describe('hostile and malformed parameters', () => {
  it.each([
    'status=finished',
    'sort=id;DROP',
    'dir=sideways',
    'limit=0',
    'limit=201',
    'limit=abc',
    'markedFrom=yesterday',
    'markedTo=2026-02-31T99:00:00Z',
    'publishedFrom=0000-01-01',
    'markedWithin=7years',
    'assignee=not%20an%20id',
    'article=a&article=b',
    'claimant=a%00b',
    `q=${'x'.repeat(600)}`,
    'offset=90000',
    `verdict=${Array.from({ length: 60 }, (_, i) => `v${i}`).join(',')}`,
  ])('%s is a 400 with the field named, never a 500', async (query) => {
    const response = await a.api.get<{ error: ApiError }>(`/api/v1/claims?${query}`);
    expect(response.status, response.text).toBe(400);
    expect(response.body.error.code).toBe('bad_request');
  });

  it('an unknown verdict key or member simply matches nothing', async () => {
    expect(await ids('verdict=no_such_verdict')).toEqual([]);
    expect(await ids('assignee=nobody123')).toEqual([]);
  });
});

describe('the CSV export', () => {
  it('holds exactly the filtered set in order, formulas neutralised', async () => {
    const query = 'outlet=mountain&sort=claimant&dir=asc';
    const response = await a.api.get<string>(`/api/v1/claims/export.csv?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(/attachment/);
    // fetch's text() drops the byte order mark: read the first bytes themselves.
    const raw = await fetch(`${baseUrl}/api/v1/claims/export.csv?${query}`, { headers: { authorization: `Bearer ${a.token}` } });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = response.text;
    expect(text.startsWith('Claim ID,Statement,')).toBe(true);
    const records = text.split('\r\n').filter(Boolean);
    expect(records.slice(1).map((line) => line.split(',')[0])).toEqual(await ids(query));
    expect(text).toContain("'@mayor_office");
    expect(text).not.toMatch(/(^|,)[=+@-]/m);
    expect(text).not.toContain(claims.other!.id);
  });

  it('walks every page of a set larger than a batch', async () => {
    const member = await createMember('claims-view-csv');
    const text = Array.from({ length: 30 }, (_, i) => `Row ${i} holds ${i} apples`).join('. ');
    const article = await createArticle(member.api, { title: 'Many', text });
    const workspace = (await sql<{ id: string }>(`SELECT "workspaceId" AS id FROM article WHERE id = $1`, [article.id]))[0]!.id;
    const version = (await sql<{ id: string }>(`SELECT id FROM article_version WHERE "articleId" = $1`, [article.id]))[0]!.id;
    // 1,203 claims, past two batches of the export, written at once.
    await sql(
      `INSERT INTO claim (id, "workspaceId", "articleId", "articleVersionId", start, "end", exact, prefix, suffix, statement, "updatedAt")
       SELECT 'bulk' || $3 || g, $1, $2, $4, 0, 3, 'Row', '', '', '=cmd ' || g, now() FROM generate_series(1, 1203) g`,
      [workspace, article.id, tag, version],
    );
    const response = await member.api.get<string>('/api/v1/claims/export.csv?sort=statement');
    const records = response.text.split('\r\n').filter(Boolean);
    expect(records).toHaveLength(1204);
    expect(new Set(records).size).toBe(1204);
    expect(records.slice(1).every((line) => line.includes(",'=cmd "))).toBe(true);
  });

  it('refuses malformed filters with a 400 before any CSV', async () => {
    expect((await a.api.get('/api/v1/claims/export.csv?status=nope')).status).toBe(400);
  });
});

describe('saved views', () => {
  it('are saved in canonical form, listed, opened, and deleted by their owner only', async () => {
    const created = await a.api.post<SavedViewDto>('/api/v1/saved-views', { name: 'Unassigned this week', query: '?assignee=unassigned&markedWithin=7d&cursor=abc&limit=5' });
    expect(created.status, created.text).toBe(201);
    expect(created.body.query).toBe('assignee=unassigned&markedWithin=7d');
    same(await ids(created.body.query), named('jobs'));

    const published = await a.api.post<SavedViewDto>('/api/v1/saved-views', { name: 'Published false claims', query: 'status=published&verdict=false' });
    expect(published.status).toBe(201);
    const mine = await a.api.get<{ views: SavedViewDto[] }>('/api/v1/saved-views');
    expect(mine.body.views.map((v) => v.name)).toEqual(['Published false claims', 'Unassigned this week']);

    // A teammate in the same workspace and a member of another workspace see none of them…
    expect((await checker.api.get<{ views: SavedViewDto[] }>('/api/v1/saved-views')).body.views).toEqual([]);
    expect((await b.api.get<{ views: SavedViewDto[] }>('/api/v1/saved-views')).body.views).toEqual([]);
    // …and cannot delete them.
    expect((await checker.api.delete(`/api/v1/saved-views/${published.body.id}`)).status).toBe(404);
    expect((await b.api.delete(`/api/v1/saved-views/${published.body.id}`)).status).toBe(404);

    expect((await a.api.delete(`/api/v1/saved-views/${published.body.id}`)).status).toBe(204);
    expect((await a.api.delete(`/api/v1/saved-views/${published.body.id}`)).status).toBe(404);
    expect((await a.api.get<{ views: SavedViewDto[] }>('/api/v1/saved-views')).body.views.map((v) => v.name)).toEqual(['Unassigned this week']);
  });

  it('refuse a second view of the same name, an empty name and filters that are not valid', async () => {
    expect((await a.api.post('/api/v1/saved-views', { name: 'Unassigned this week', query: '' })).status).toBe(409);
    expect((await a.api.post('/api/v1/saved-views', { name: '  ', query: '' })).status).toBe(422);
    expect((await a.api.post('/api/v1/saved-views', { name: 'Bad', query: 'status=finished' })).status).toBe(422);
    expect((await a.api.post('/api/v1/saved-views', { name: 'Bad', query: 'x'.repeat(5000) })).status).toBe(422);
    expect((await a.api.delete('/api/v1/saved-views/not%20an%20id')).status).toBe(404);
    // The same name is fine for someone else.
    expect((await checker.api.post('/api/v1/saved-views', { name: 'Unassigned this week', query: 'assignee=me' })).status).toBe(201);
  });
});

describe('workspaces', () => {
  it('never show another workspace’s claims, whatever the filter', async () => {
    same(await ids('', b), [claims.other!.id]);
    expect(await ids(`article=${harbourId}`, b)).toEqual([]);
    expect(await ids(`q=${tag}`, b)).toEqual([claims.other!.id]);
    expect(await ids(`assignee=${aId}`, b)).toEqual([]);
  });
});
