// Story: a checker looks for what the desk has already checked, typing the way people type
// (any case, no accents, a typo, half a word, numbers written differently, another language),
// and finds articles, claims, evidence and comments of their own workspace only.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto } from '@/lib/validations/claim';
import type { SearchResultDto, SearchResultsDto } from '@/lib/validations/search';
import { createArticle, createMember, type Member } from './support/api';

let a: Member;
let b: Member;
// A word no other test writes, so that results are only this file's rows.
const tag = `zq${randomBytes(4).toString('hex')}`;
const ids: Record<string, string> = {};

const search = (member: Member, q: string, extra = '') =>
  member.api.get<SearchResultsDto>(`/api/v1/search?q=${encodeURIComponent(q)}${extra}`);

async function found(q: string, member = a): Promise<SearchResultDto[]> {
  const response = await search(member, q);
  expect(response.status).toBe(200);
  return response.body.results;
}

async function markClaim(member: Member, articleId: string, exact: string, fields: Record<string, string> = {}): Promise<ClaimDto> {
  const claims = `/api/v1/articles/${articleId}/claims`;
  const created = await member.api.post<ClaimDto>(claims, { selector: { type: 'TextQuoteSelector', exact }, ...fields });
  expect(created.status).toBe(201);
  return created.body;
}

beforeAll(async () => {
  [a, b] = await Promise.all([createMember('search-a'), createMember('search-b')]);
  const english = await createArticle(a.api, {
    title: `Pentagon sends troops ${tag}`,
    outlet: 'Harbour Gazette',
    author: 'Mira Okonkwo',
    text: `Foreign minister Sergei Lavróv said the elections were rigged.\n\nThe Pentagon sent 2,000 troops to the northern border, the ministry said. ${tag}`,
  });
  ids.article = english.id;
  const claim = await markClaim(a, english.id, 'The Pentagon sent 2,000 troops to the northern border', {
    statement: `The Pentagon deployed two thousand soldiers ${tag}`,
    claimant: 'Defence ministry',
  });
  ids.claim = claim.id;
  const evidence = await a.api.post<{ id: string }>(`/api/v1/claims/${claim.id}/evidence`, {
    url: 'https://www.defence-records.example/deployments/2024',
    stance: 'supports',
    title: `Deployment register ${tag}`,
    publisher: 'Ministry archive',
    passage: 'A battalion of 2 000 personnel was moved north in March.',
  });
  expect(evidence.status).toBe(201);
  ids.evidence = evidence.body.id;
  const comment = await a.api.post<{ id: string }>(`/api/v1/claims/${claim.id}/comments`, { body: `Ask the quartermaster about the convoy schedule ${tag}` });
  expect(comment.status).toBe(201);
  ids.comment = comment.body.id;

  const french = await createArticle(a.api, {
    markdown: `---\ntitle: Les élections municipales ${tag}\nlang: fr\n---\n\nLes électeurs ont voté dimanche dans les grandes villes. ${tag}`,
  });
  ids.french = french.id;
  const arabic = await createArticle(a.api, {
    markdown: `---\ntitle: الحكومة الجديدة ${tag}\nlang: ar\n---\n\nأعلنت الحكومة الجديدة خطة للمياه في المدينة. ${tag}`,
  });
  ids.arabic = arabic.id;

  // Workspace B writes the same words: A must never see B's rows, nor B A's.
  const other = await createArticle(b.api, { title: `Pentagon sends troops ${tag}`, text: `The Pentagon sent 2,000 troops. ${tag}` });
  ids.other = other.id;
});

describe('search across kinds', () => {
  it('finds the article, the claim, the evidence and the comment, each leading to its place', async () => {
    const results = await found(tag);
    const byKind = new Map(results.map((r) => [`${r.kind}:${r.id}`, r]));
    expect(byKind.get(`article:${ids.article}`)?.href).toBe(`/articles/${ids.article}`);
    expect(byKind.get(`claim:${ids.claim}`)?.href).toBe(`/articles/${ids.article}?claim=${ids.claim}`);
    expect(byKind.get(`evidence:${ids.evidence}`)?.href).toBe(`/articles/${ids.article}?claim=${ids.claim}&evidence=${ids.evidence}`);
    expect(byKind.get(`comment:${ids.comment}`)?.href).toBe(`/articles/${ids.article}?claim=${ids.claim}&comment=${ids.comment}`);
  });

  it.each([
    ['the outlet', 'Harbour Gazette', 'article', () => ids.article],
    ['the author', 'Okonkwo', 'article', () => ids.article],
    ['the claimant', 'Defence ministry deployed', 'claim', () => ids.claim],
    ['the evidence publisher', 'Ministry archive', 'evidence', () => ids.evidence],
    ["the evidence link's host", 'defence-records.example', 'evidence', () => ids.evidence],
    ['a comment', 'quartermaster convoy', 'comment', () => ids.comment],
  ])('reads %s', async (_, q, kind, id) => {
    expect((await found(`${q} ${tag}`)).some((r) => r.kind === kind && r.id === id())).toBe(true);
  });

  it('limits the search to the kinds asked for', async () => {
    const response = await search(a, tag, '&kinds=claim,comment');
    expect(response.status).toBe(200);
    expect(new Set(response.body.results.map((r) => r.kind))).toEqual(new Set(['claim', 'comment']));
  });

  it('highlights the matched words in the snippet', async () => {
    const [article] = (await found(`quartermaster ${tag}`)).filter((r) => r.kind === 'comment');
    expect(article!.snippet.filter((s) => s.highlight).map((s) => s.text.toLowerCase())).toContain('quartermaster');
  });
});

describe('forgiving what people type', () => {
  it.each([
    ['any case', 'PENTAGON'],
    ['accents typed where the text has none', 'Pentágon'],
    ['no accents where the text has them', 'Lavrov'],
    ['accents as the text has them', 'Lavróv'],
    ['a typo', 'Pentagn'],
    ['a partial word', 'Penta'],
    ['a number with a comma', '2,000'],
    ['a number without separators', '2000'],
    ['a number with a space', '2 000'],
    ['a quoted phrase', '"northern border"'],
  ])('finds the English article with %s (%s)', async (_, q) => {
    expect((await found(`${q} ${tag}`)).map((r) => r.id)).toContain(ids.article);
  });

  it('finds evidence written "2 000" by "2,000"', async () => {
    expect((await found(`2,000 personnel ${tag}`)).map((r) => r.id)).toContain(ids.evidence);
  });

  it('stems French words: "élection" finds "élections", "electeur" finds "électeurs"', async () => {
    expect((await found(`élection ${tag}`)).map((r) => r.id)).toContain(ids.french);
    expect((await found(`electeur ${tag}`)).map((r) => r.id)).toContain(ids.french);
  });

  it('matches Arabic words exactly', async () => {
    expect((await found(`الحكومة ${tag}`)).map((r) => r.id)).toContain(ids.arabic);
  });

  it('leaves out what is excluded and keeps a phrase together', async () => {
    expect((await found(`${tag} -Pentagon`)).map((r) => r.id)).not.toContain(ids.article);
    expect((await found(`"border northern" ${tag}`)).map((r) => r.id)).not.toContain(ids.article);
  });
});

describe('workspaces', () => {
  it('never shows one workspace the other\'s rows, for the same words', async () => {
    const forA = (await found(`Pentagon troops ${tag}`)).map((r) => r.articleId);
    const forB = (await found(`Pentagon troops ${tag}`, b)).map((r) => r.articleId);
    expect(forA).toContain(ids.article);
    expect(forA).not.toContain(ids.other);
    expect(forB).toEqual([ids.other]);
  });
});

describe('deleted claims', () => {
  it('leave the results with their evidence and comments, and come back when restored', async () => {
    const { body: claim } = await a.api.get<ClaimDto>(`/api/v1/claims/${ids.claim}`);
    expect((await a.api.delete(`/api/v1/claims/${ids.claim}?version=${claim.version}`)).status).toBe(204);
    const hidden = (await found(tag)).map((r) => r.id);
    expect(hidden).not.toContain(ids.claim);
    expect(hidden).not.toContain(ids.evidence);
    expect(hidden).not.toContain(ids.comment);
    expect((await a.api.post(`/api/v1/claims/${ids.claim}/restore`)).status).toBe(200);
    expect((await found(tag)).map((r) => r.id)).toEqual(expect.arrayContaining([ids.claim, ids.evidence, ids.comment]));
  });
});

describe('pages', () => {
  it('walks every result once with the cursor, while rows are added', async () => {
    const word = `pg${randomBytes(4).toString('hex')}`;
    const article = await createArticle(a.api, { title: `Paging ${word}`, text: Array.from({ length: 6 }, (_, i) => `Sentence ${i} ${word}.`).join('\n\n') });
    for (let i = 0; i < 6; i++) await markClaim(a, article.id, `Sentence ${i} ${word}`);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await search(a, word, `&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status).toBe(200);
      seen.push(...response.body.results.map((r) => `${r.kind}:${r.id}`));
      cursor = response.body.nextCursor;
      // A new claim with the same words while paging neither repeats nor hides what was listed.
      if (pages++ === 0) await markClaim(a, article.id, `Sentence 5 ${word}`);
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(7);
  });

  it('reaches every match of a broad search: past the ranked newest 150, older ones follow by date', async () => {
    const word = `bw${randomBytes(4).toString('hex')}`;
    const article = await createArticle(a.api, { title: 'Broad search', text: `The convoy left at dawn ${word}.` });
    const claim = await markClaim(a, article.id, 'The convoy left at dawn');
    // 170 comments with the word, plus the article: more matches than the ranked set holds.
    for (let i = 0; i < 170; i++) {
      const comment = await a.api.post(`/api/v1/claims/${claim.id}/comments`, { body: `Note ${i} on the convoy ${word}` });
      expect(comment.status).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await search(a, word, `&limit=50${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status).toBe(200);
      seen.push(...response.body.results.map((r) => `${r.kind}:${r.id}`));
      cursor = response.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(171);
    // The oldest match, the article, is among them although it is not in the ranked set.
    expect(seen).toContain(`article:${article.id}`);
  });

  it('refuses a cursor it did not give', async () => {
    const response = await search(a, tag, '&cursor=not-a-cursor');
    expect(response.status).toBe(400);
  });
});

describe('hostile queries', () => {
  it.each([
    "'&|!:*()", '"', '""', '-', '--', '!', '!!x', 'a:*', 'a & b | !c', '(((', ')))', '<->', 'a <-> b', "o'brien", '\\', '\\x',
    '%', '_', 'null', 'SELECT * FROM user', "'; DROP TABLE article; --", '😀', '\u200b', '-"a phrase"', '"unclosed phrase',
    `${'a'.repeat(300)}`, Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '), '2,000,000,000', '0', ' ',
  ])('answers %j without an error', async (q) => {
    const response = await search(a, q);
    expect(response.status).toBe(200);
    expect(Array.isArray(response.body.results)).toBe(true);
  });

  it('answers 422 to a search that is too long or an unknown kind, 200 to an empty one', async () => {
    expect((await search(a, 'x'.repeat(501))).status).toBe(422);
    expect((await search(a, tag, '&kinds=users')).status).toBe(422);
    expect((await search(a, '')).body).toEqual({ results: [], nextCursor: null });
    expect((await a.api.get('/api/v1/search')).status).toBe(422);
  });
});
