// Story: a desk moves its highlights between tools. The W3C Web Annotations exported from one
// article (or from Hypothesis) are imported onto another copy of the story: every claim lands on
// the same words with its verdict and evidence; what cannot be placed on an edited copy is
// reported with the reason, and a malformed file changes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { ClaimDto } from '@/lib/validations/claim';
import type { AnnotationImportResult } from '@/lib/validations/annotation-import';
import { createArticle, createMember, createTeammate, type Member } from './support/api';

const TEXT =
  'The port authority said 😀 cargo volumes rose by 14 percent in 2025.\n\n' +
  'It also said the new crane cost €40 million, half the original estimate.\n\n' +
  'The mayor promised a second terminal by 2030.';

let editor: Member;
let collection: unknown;

const claimsOf = async (member: Member, articleId: string) =>
  (await member.api.get<{ claims: ClaimDto[] }>(`/api/v1/articles/${articleId}/claims`)).body.claims;
/** Straight from the test database: what the API does not show (yet), such as stored comments. */
async function query(sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const importInto = (member: Member, articleId: string, body: unknown, query = '') =>
  member.api.post<AnnotationImportResult & { error?: { message: string } }>(`/api/v1/articles/${articleId}/annotations${query}`, body);

beforeAll(async () => {
  editor = await createMember('annotations');
  const source = await createArticle(editor.api, { title: 'Port figures', text: TEXT });
  const mark = async (exact: string) =>
    (await editor.api.post<ClaimDto>(`/api/v1/articles/${source.id}/claims`, { selector: { type: 'TextQuoteSelector', exact } })).body;
  const cargo = await mark('cargo volumes rose by 14 percent in 2025');
  expect((await editor.api.patch(`/api/v1/claims/${cargo.id}`, {
    version: cargo.version, statement: 'Cargo volumes rose 14% in 2025.', verdict: 'mostly_true', explanation: 'Port statistics show 13.6%.',
  })).status).toBe(200);
  expect((await editor.api.post(`/api/v1/claims/${cargo.id}/evidence`, { url: 'https://port.example/stats-2025', title: 'Port statistics 2025', stance: 'supports' })).status).toBe(201);
  await mark('the new crane cost €40 million');
  await mark('a second terminal by 2030');
  const exported = await editor.api.get<string>(`/api/v1/articles/${source.id}/export?format=annotations&scope=all`);
  expect(exported.status).toBe(200);
  collection = JSON.parse(exported.text);
});

describe('importing annotations onto an article', () => {
  it('recreates every claim on the same words, with its verdict and evidence, unpublished', async () => {
    const copy = await createArticle(editor.api, { title: 'Port figures (copy)', text: TEXT });
    const response = await importInto(editor, copy.id, collection);
    expect(response.status).toBe(201);
    expect(response.body.created).toHaveLength(3);
    expect(response.body.unanchored).toEqual([]);

    const claims = await claimsOf(editor, copy.id);
    expect(claims.map((c) => c.exact)).toEqual([
      'cargo volumes rose by 14 percent in 2025',
      'the new crane cost €40 million',
      'a second terminal by 2030',
    ]);
    const cargo = claims[0]!;
    expect(cargo.statement).toBe('Cargo volumes rose 14% in 2025.');
    expect(cargo.verdict?.key).toBe('mostly_true');
    expect(cargo.explanation).toBe('Port statistics show 13.6%.');
    expect(cargo.status).toBe('to_check');
    expect(cargo.evidence.map((e) => e.url)).toEqual(['https://port.example/stats-2025']);
    // Positions count code points: the emoji before the claim is one, as in the source.
    expect(cargo.start).toBe(TEXT.indexOf('cargo') - 1);

    const events = await query('SELECT kind, reason FROM claim_event WHERE "claimId" = $1', [cargo.id]);
    expect(events).toEqual([{ kind: 'created', reason: 'Imported from W3C Web Annotations (placed by position)' }]);
  });

  it('places what it can on an edited copy and reports the rest with the reason', async () => {
    const edited = TEXT.replace('It also said the new crane cost €40 million, half the original estimate.', 'It also said the crane was delivered late.');
    const copy = await createArticle(editor.api, { title: 'Port figures (edited)', text: edited });
    const response = await importInto(editor, copy.id, collection);
    expect(response.status).toBe(201);
    expect(response.body.created.map((c) => c.quote).sort()).toEqual(['a second terminal by 2030', 'cargo volumes rose by 14 percent in 2025']);
    expect(response.body.unanchored).toHaveLength(1);
    expect(response.body.unanchored[0]!.quote.exact).toBe('the new crane cost €40 million');
    expect(response.body.unanchored[0]!.message).toMatch(/not in this text|context/);
    expect((await claimsOf(editor, copy.id)).map((c) => c.exact)).not.toContain('the new crane cost €40 million');
  });

  it('keeps a Hypothesis note as a comment on the claim', async () => {
    const copy = await createArticle(editor.api, { title: 'Port figures (Hypothesis)', text: TEXT });
    const hypothesis = {
      total: 1,
      rows: [{
        text: 'Check this against the annual report.',
        target: [{ source: 'https://news.example/port', selector: [{ type: 'TextQuoteSelector', exact: 'a second terminal by 2030', prefix: 'The mayor promised ', suffix: '.' }] }],
      }],
    };
    const response = await importInto(editor, copy.id, hypothesis);
    expect(response.status).toBe(201);
    const claimId = response.body.created[0]!.claimId!;
    expect(response.body.created[0]!.method).toBe('quote');
    expect(await query('SELECT body FROM comment WHERE "claimId" = $1', [claimId])).toEqual([{ body: 'Check this against the annual report.' }]);
  });

  it('only reports in a dry run', async () => {
    const copy = await createArticle(editor.api, { title: 'Port figures (dry run)', text: TEXT });
    const response = await importInto(editor, copy.id, collection, '?dryRun=1');
    expect(response.status).toBe(200);
    expect(response.body.dryRun).toBe(true);
    expect(response.body.created).toHaveLength(3);
    expect(response.body.created.every((c) => c.claimId === null)).toBe(true);
    expect(await claimsOf(editor, copy.id)).toEqual([]);
  });

  it('refuses a malformed file with a clear error and changes nothing', async () => {
    const copy = await createArticle(editor.api, { title: 'Port figures (malformed)', text: TEXT });
    const notAnnotations = await importInto(editor, copy.id, { hello: 'world' });
    expect(notAnnotations.status).toBe(422);
    expect(notAnnotations.body.error?.message).toMatch(/No annotations found/);
    const badSelector = await importInto(editor, copy.id, [
      { target: { selector: [{ type: 'TextQuoteSelector', exact: 'a second terminal by 2030' }] } },
      { target: { selector: [{ type: 'TextPositionSelector', start: 'three', end: 9 }] } },
    ]);
    expect(badSelector.status).toBe(422);
    expect(badSelector.body.error?.message).toMatch(/Annotation 2/);
    const badQuery = await importInto(editor, copy.id, collection, '?dryRun=maybe');
    expect(badQuery.status).toBe(422);
    expect(await claimsOf(editor, copy.id)).toEqual([]);
  });

  it('is for members who may mark claims, in their own workspace', async () => {
    const copy = await createArticle(editor.api, { title: 'Port figures (roles)', text: TEXT });
    const viewer = await createTeammate(editor, 'viewer');
    expect((await importInto(viewer, copy.id, collection)).status).toBe(403);
    const stranger = await createMember('annotations-stranger');
    expect((await importInto(stranger, copy.id, collection)).status).toBe(404);
    expect(await claimsOf(editor, copy.id)).toEqual([]);
  });
});
