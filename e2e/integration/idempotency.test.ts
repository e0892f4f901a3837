// Story: a newsroom's CMS posts a claim, the connection drops (a timeout, a 502), and it cannot
// know whether the write committed. It retries with the same Idempotency-Key and gets the first
// answer back instead of a duplicate, as with Stripe's API (decision 028).
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDto } from '@/lib/validations/article';
import type { ClaimDto } from '@/lib/validations/claim';
import { createArticle, createMember, createTeammate, type ApiError, type ApiResponse, type Member } from './support/api';
import { sql } from './support/database';

let owner: Member;
let checker: Member;
let article: ArticleDto;
let claim: ClaimDto;

const ARTICLE_TEXT = 'The mayor said the harbour earned 5 million last year. Ships waited three days. The bridge cost 40 million. Ferries run hourly. Rents rose by a third.';

beforeAll(async () => {
  owner = await createMember('idempotency-owner');
  checker = await createTeammate(owner, 'checker');
  article = await createArticle(owner.api, { title: 'Harbour', text: ARTICLE_TEXT });
  claim = (await owner.api.post<ClaimDto>(`/api/v1/articles/${article.id}/claims`, { selector: { type: 'TextQuoteSelector', exact: 'the harbour earned 5 million' } })).body;
});

function post<T = unknown>(member: Member, path: string, json: unknown, key?: string): Promise<ApiResponse<T>> {
  return member.api.send<T>('POST', path, { json, headers: key === undefined ? {} : { 'idempotency-key': key } });
}

async function count(query: string, values: unknown[]): Promise<number> {
  const [row] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${query}`, values);
  return row!.n;
}

/** Each kind of POST the issue names: where it goes, two different bodies, and how to count its rows. */
type Case = { name: string; path: () => string; body: (marker: string) => unknown; other: (marker: string) => unknown; rows: (marker: string) => Promise<number> };

const cases: Case[] = [
  {
    name: 'article',
    path: () => '/api/v1/articles',
    body: (marker) => ({ title: marker, text: 'The harbour reopened on Tuesday.' }),
    other: (marker) => ({ title: marker, text: 'The harbour closed on Tuesday.' }),
    rows: (marker) => count(`article WHERE title = $1`, [marker]),
  },
  {
    name: 'claim',
    path: () => `/api/v1/articles/${article.id}/claims`,
    body: (marker) => ({ selector: { type: 'TextQuoteSelector', exact: 'Ships waited three days' }, statement: `Statement ${marker}` }),
    other: (marker) => ({ selector: { type: 'TextQuoteSelector', exact: 'The bridge cost 40 million' }, statement: `Statement ${marker}` }),
    rows: () => count(`claim WHERE "articleId" = $1`, [article.id]),
  },
  {
    name: 'evidence',
    path: () => `/api/v1/claims/${claim.id}/evidence`,
    body: (marker) => ({ url: `https://stats.example/${marker}`, stance: 'supports', title: marker }),
    other: (marker) => ({ url: `https://stats.example/${marker}`, stance: 'refutes', title: marker }),
    rows: (marker) => count(`evidence WHERE "claimId" = $1 AND title = $2`, [claim.id, marker]),
  },
  {
    name: 'comment',
    path: () => `/api/v1/claims/${claim.id}/comments`,
    body: (marker) => ({ body: `First ${marker}` }),
    other: (marker) => ({ body: `Second ${marker}` }),
    rows: (marker) => count(`comment WHERE "claimId" = $1 AND body LIKE $2`, [claim.id, `%${marker}`]),
  },
];

describe.each(cases)('POST of a $name with an Idempotency-Key', (c) => {
  it('a retry with the same key creates one row and answers the first answer again, marked as a replay', async () => {
    const marker = `idem-${randomUUID()}`;
    const before = await c.rows(marker);
    const key = randomUUID();
    const first = await post(owner, c.path(), c.body(marker), key);
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const second = await post(owner, c.path(), c.body(marker), key);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.text).toBe(first.text);
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(await c.rows(marker)).toBe(before + 1);
  });

  it('the same key with a different request answers 422 and writes nothing', async () => {
    const marker = `idem-${randomUUID()}`;
    const key = randomUUID();
    expect((await post(owner, c.path(), c.body(marker), key)).status).toBe(201);
    const before = await c.rows(marker);
    const reused = await post<{ error: ApiError }>(owner, c.path(), c.other(marker), key);
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe('unprocessable');
    expect(reused.body.error.reason).toBe('idempotency_key_reused');
    expect(await c.rows(marker)).toBe(before);
  });

  it('two requests at once with the same key write exactly one row', async () => {
    const marker = `idem-${randomUUID()}`;
    const before = await c.rows(marker);
    const key = randomUUID();
    const answers = await Promise.all([post(owner, c.path(), c.body(marker), key), post(owner, c.path(), c.body(marker), key)]);
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    for (const answer of answers) expect([201, 409]).toContain(answer.status);
    const conflict = answers.find((a) => a.status === 409) as ApiResponse<{ error: ApiError }> | undefined;
    if (conflict) expect(conflict.body.error.reason).toBe('idempotency_key_in_progress');
    expect(await c.rows(marker)).toBe(before + 1);
  });
});

describe('Idempotency-Key', () => {
  it('belongs to one user: another user with the same key runs their own request', async () => {
    const marker = `idem-${randomUUID()}`;
    const key = randomUUID();
    const path = `/api/v1/claims/${claim.id}/comments`;
    const mine = await post(owner, path, { body: `Mine ${marker}` }, key);
    const theirs = await post(checker, path, { body: `Theirs ${marker}` }, key);
    expect(mine.status).toBe(201);
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect(await count(`comment WHERE "claimId" = $1 AND body LIKE $2`, [claim.id, `%${marker}`])).toBe(2);
  });

  it('left "in progress" by a request whose database went away, is released after its lease (2 min) instead of a day', async () => {
    const marker = `idem-${randomUUID()}`;
    const key = randomUUID();
    const path = `/api/v1/claims/${claim.id}/comments`;
    expect((await post(owner, path, { body: `Stuck ${marker}` }, key)).status).toBe(201);
    // What the reliability suite saw after a PostgreSQL restart: the row was claimed, but neither
    // the answer nor the clean-up reached the database.
    // (The key is a fresh UUID: it names this one row.)
    await sql(`UPDATE idempotency_key SET status = NULL, headers = NULL, body = NULL WHERE key = $1`, [key]);
    const running = await post<{ error: ApiError }>(owner, path, { body: `Stuck ${marker}` }, key);
    expect(running.status).toBe(409);
    expect(running.body.error.reason).toBe('idempotency_key_in_progress');

    await sql(`UPDATE idempotency_key SET "createdAt" = now() - interval '3 minutes' WHERE key = $1`, [key]);
    const retried = await post(owner, path, { body: `Stuck ${marker}` }, key);
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
    const replayed = await post(owner, path, { body: `Stuck ${marker}` }, key);
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
  });

  it('must be 1 to 255 printable ASCII characters (400), and nothing is written otherwise', async () => {
    const marker = `idem-${randomUUID()}`;
    const path = `/api/v1/claims/${claim.id}/comments`;
    for (const bad of ['x'.repeat(256), 'tab\there', 'caf\u00e9'.normalize('NFC')]) {
      // fetch refuses non-Latin-1 header values itself: send only what can travel.
      const answer = await post<{ error: ApiError }>(owner, path, { body: `Bad ${marker}` }, bad).catch(() => null);
      if (answer === null) continue;
      expect(answer.status).toBe(400);
      expect(answer.body.error.reason).toBe('invalid_idempotency_key');
    }
    expect(await count(`comment WHERE "claimId" = $1 AND body LIKE $2`, [claim.id, `%${marker}`])).toBe(0);
  });

  it('is optional: without one, each POST runs as before', async () => {
    const marker = `idem-${randomUUID()}`;
    const path = `/api/v1/claims/${claim.id}/comments`;
    const first = await post(owner, path, { body: `Again ${marker}` });
    const second = await post(owner, path, { body: `Again ${marker}` });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers.get('idempotent-replayed')).toBeNull();
    expect(await count(`comment WHERE "claimId" = $1 AND body LIKE $2`, [claim.id, `%${marker}`])).toBe(2);
  });

  it('does not keep an error answered before the handler ran: a 4xx is stored, so a retry answers it again', async () => {
    const key = randomUUID();
    const path = `/api/v1/claims/${claim.id}/comments`;
    const first = await post(owner, path, { body: '   ' }, key);
    expect(first.status).toBe(422);
    const second = await post(owner, path, { body: '   ' }, key);
    expect(second.status).toBe(422);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
  });
});
