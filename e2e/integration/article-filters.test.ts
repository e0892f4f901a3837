// Story: a desk with years of archive narrows its article list: by outlet, to stories changed
// since their review, to those with claims waiting for review, to a range of import days, and by
// words typed the way people type (typos, accents, numbers in any form). Filters combine, pages
// follow the cursor without repeats while articles arrive, and another workspace's articles with
// the same outlet and words never appear. A malformed filter is a 400, never a 500.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSummaryDto } from '@/lib/validations/article';
import { createArticle, createMember, createTeammate, type ApiResponse, type Member } from './support/api';
import { sql } from './support/database';
import { markClaim, publishClaim } from './support/similar-fixtures';

let a: Member;
let b: Member;
const tag = `af${randomBytes(4).toString('hex')}`;
const outlet = `Harbour Gazette ${tag}`;
const ids: Record<string, string> = {};
type Page = { articles: ArticleSummaryDto[]; nextCursor: string | null };

async function list(member: Member, query: string): Promise<ArticleSummaryDto[]> {
  const response = await member.api.get<Page>(`/api/v1/articles?${query}`);
  expect(response.status, response.text).toBe(200);
  return response.body.articles;
}
const listed = async (query: string, member = a) => (await list(member, query)).map((article) => article.id);

beforeAll(async () => {
  [a, b] = await Promise.all([createMember('filters-a'), createMember('filters-b')]);
  const editor = await createTeammate(a, 'editor');
  ids.harbour = (await createArticle(a.api, {
    title: `Lavróv on the border ${tag}`,
    outlet,
    author: 'Mira Okonkwo',
    text: 'The Pentagon sent 2,000 troops to the northern border, the ministry said.',
  })).id;
  const inland = await createArticle(a.api, { title: `Grain prices ${tag}`, outlet: `Inland Times ${tag}`, text: 'Wheat exports fell by 30 percent last year.' });
  ids.inland = inland.id;
  const claim = await markClaim(a.api, inland.id, 'Wheat exports fell by 30 percent');
  const proposed = await a.api.patch(`/api/v1/claims/${claim.id}`, { version: claim.version, verdict: 'false', explanation: 'Customs data.', status: 'needs_review' });
  expect(proposed.status, proposed.text).toBe(200);

  // Reviewed, then the publisher changed the story: a second version imported after the verdict.
  const reviewed = await createArticle(a.api, { title: `Bridge costs ${tag}`, outlet: `Inland Times ${tag}`, text: 'The bridge cost twice its budget.' });
  ids.reviewed = reviewed.id;
  await publishClaim(a.api, editor.api, reviewed.id, 'The bridge cost twice its budget');
  // A second version as check-for-changes stores it (that flow has its own tests); only its date matters here.
  await sql(
    `INSERT INTO article_version (id, "articleId", number, text, blocks, "contentHash", source, "importedAt")
     SELECT id || 'v2', "articleId", 2, text || ' It was later revised.', blocks, "contentHash" || 'x', source, now() + interval '1 second'
       FROM article_version WHERE "articleId" = $1 AND number = 1`,
    [reviewed.id],
  );
  // Imported years ago, late in the evening (UTC).
  ids.old = (await createArticle(a.api, { title: `Old ferry story ${tag}`, outlet, text: 'The ferry ran late.' })).id;
  await sql(`UPDATE article SET "createdAt" = '2020-03-05T23:30:00Z' WHERE id = $1`, [ids.old]);

  // Workspace B: the same outlet and words.
  ids.other = (await createArticle(b.api, { title: `Lavróv on the border ${tag}`, outlet, text: 'The Pentagon sent 2,000 troops.' })).id;
});

describe('each filter', () => {
  it('by outlet: only that outlet, newest first', async () => {
    expect(await listed(`outlet=${encodeURIComponent(outlet)}`)).toEqual([ids.harbour, ids.old]);
  });

  it('changed since review: only the story edited after its verdict', async () => {
    const articles = await list(a, 'changed=1');
    expect(articles.map((x) => x.id)).toEqual([ids.reviewed]);
    expect(articles[0]!.changedAfterReviewAt).not.toBeNull();
  });

  it('claims in review: only the article with a proposed verdict', async () => {
    expect(await listed('inReview=1')).toEqual([ids.inland]);
  });

  it('imported days, in UTC, the last day counted whole', async () => {
    expect(await listed('importedFrom=2020-03-05&importedTo=2020-03-05')).toEqual([ids.old]);
    expect(await listed('importedTo=2020-03-04')).toEqual([]);
    expect(await listed('importedFrom=2020-03-06')).not.toContain(ids.old);
    expect(await listed('importedFrom=2020-03-06')).toContain(ids.harbour);
  });

  it('empty values are no filter at all (what a GET form sends)', async () => {
    expect(await listed('q=&outlet=&changed=&inReview=&importedFrom=&importedTo=')).toHaveLength(4);
    expect(await listed('changed=0')).toHaveLength(4);
  });

  it('combine: every filter must hold', async () => {
    expect(await listed(`outlet=${encodeURIComponent(`Inland Times ${tag}`)}&inReview=1`)).toEqual([ids.inland]);
    expect(await listed(`outlet=${encodeURIComponent(outlet)}&q=ferry`)).toEqual([ids.old]);
    expect(await listed(`outlet=${encodeURIComponent(outlet)}&inReview=1`)).toEqual([]);
  });
});

describe('search in the list', () => {
  it.each([
    ['the title, without its accent', 'Lavrov'],
    ['the outlet', 'Harbour Gazette'],
    ['the author', 'okonkwo'],
    ['the text, with a typo', 'Pentagn'],
    ['a word beginning', 'Penta'],
    ['a number written differently', '2000 troops'],
    ['a phrase', '"northern border"'],
  ])('finds the article by %s (%s)', async (_, q) => {
    expect(await listed(`q=${encodeURIComponent(q)}`)).toContain(ids.harbour);
  });

  it('needs every word, and leaves out an excluded one', async () => {
    expect(await listed(`q=${encodeURIComponent('Pentagon wheat')}`)).toEqual([]);
    expect(await listed(`q=${encodeURIComponent(`${tag} -ferry`)}`)).not.toContain(ids.old);
  });

  it.each(["'&|!:*()", '""', '-', '😀', 'a <-> b', "'; DROP TABLE article; --"])('answers %j without an error', async (q) => {
    const response = await a.api.get(`/api/v1/articles?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
  });
});

describe('pages with filters', () => {
  it('walk every matching article once while new ones arrive', async () => {
    const busy = `Busy Wire ${tag}`;
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await createArticle(a.api, { title: `Wire ${i} ${tag}`, outlet: busy, text: `Dispatch ${i}.` })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response: ApiResponse<Page> = await a.api.get<Page>(
        `/api/v1/articles?outlet=${encodeURIComponent(busy)}&q=dispatch&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(response.status, response.text).toBe(200);
      seen.push(...response.body.articles.map((x) => x.id));
      cursor = response.body.nextCursor;
      // A new matching article during the walk: newer than the cursor, so it neither repeats nor pushes one out.
      if (pages++ === 0) await createArticle(a.api, { title: `Wire late ${tag}`, outlet: busy, text: 'Dispatch late.' });
    } while (cursor);
    expect(seen).toEqual([...made].reverse());
    expect(pages).toBe(3);
  });
});

describe('workspaces', () => {
  it('never lists the other workspace\'s article, whatever the filters', async () => {
    const query = `outlet=${encodeURIComponent(outlet)}&q=${encodeURIComponent('Pentagon troops')}`;
    expect(await listed(query)).toEqual([ids.harbour]);
    expect(await listed(query, b)).toEqual([ids.other]);
  });
});

describe('malformed filters', () => {
  it.each([
    ['a flag that is not 1 or 0', 'changed=maybe'],
    ['another flag that is not 1 or 0', 'inReview=yes'],
    ['a day that does not exist', 'importedFrom=2020-13-01'],
    ['a date-time instead of a day', 'importedTo=2020-03-05T10:00:00Z'],
    ['a range that ends before it starts', 'importedFrom=2020-03-06&importedTo=2020-03-05'],
    ['a search past 500 characters', `q=${'a'.repeat(501)}`],
    ['a NUL in the outlet', 'outlet=a%00b'],
    ['a forged cursor', `cursor=${Buffer.from('{"at":"yesterday","id":"x"}').toString('base64url')}&outlet=x`],
  ])('%s is a 400', async (_, query) => {
    const response = await a.api.get<{ error: { code: string } }>(`/api/v1/articles?${query}`);
    expect(response.status, response.text).toBe(400);
    expect(response.body.error.code).toBe('bad_request');
  });
});
