// Story: a buggy or hostile client sends whatever it likes. Factdesk answers every malformed
// request with a 4xx that says what is wrong, and never with a 500.
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto } from '@/lib/validations/claim';
import type { EvidenceDto } from '@/lib/validations/evidence';
import { createArticle, createMember, send, sessionCookieOf, type Member } from './support/api';
import { sql } from './support/database';

let editor: Member;
const ids = { article: '', claim: '', evidence: '' };

beforeAll(async () => {
  editor = await createMember('bad-input');
  ids.article = (await createArticle(editor.api, { title: 'Target', text: 'The dam holds four billion litres of water.' })).id;
  const claim = await editor.api.post<ClaimDto>(`/api/v1/articles/${ids.article}/claims`, {
    selector: { type: 'TextQuoteSelector', exact: 'four billion litres' },
  });
  ids.claim = claim.body.id;
  const evidence = await editor.api.post<EvidenceDto>(`/api/v1/claims/${ids.claim}/evidence`, { url: 'https://dam.example/', stance: 'supports' });
  ids.evidence = evidence.body.id;
});

// The routes that take a body; the ids are real, so the body itself is what gets judged.
const mutatingRoutes: [string, string, () => string][] = [
  ['POST', '/api/v1/articles', () => '/api/v1/articles'],
  ['POST', '/api/v1/articles/{articleId}/claims', () => `/api/v1/articles/${ids.article}/claims`],
  ['PATCH', '/api/v1/claims/{claimId}', () => `/api/v1/claims/${ids.claim}`],
  ['POST', '/api/v1/claims/{claimId}/evidence', () => `/api/v1/claims/${ids.claim}/evidence`],
  ['PATCH', '/api/v1/evidence/{evidenceId}', () => `/api/v1/evidence/${ids.evidence}`],
];

const json = (value: unknown) => ({ raw: JSON.stringify(value), type: 'application/json' });
const raw = (body: string, type = 'application/json') => ({ raw: body, type });

// Each is wrong for every route above.
const badBodies: [string, { raw: string; type: string }][] = [
  ['invalid JSON', raw('{"title": ')],
  ['truncated JSON', raw('{"selector": {"type": "TextQuoteSelector", "exact": "dam"')],
  ['an empty body', raw('')],
  ['null', raw('null')],
  ['an array', json([{ title: 'x', text: 'y' }])],
  ['an empty array', raw('[]')],
  ['a string', json('just a string')],
  ['a number', raw('42')],
  ['a boolean', raw('true')],
  ['an empty object', json({})],
  ['nulls everywhere', json({ title: null, text: null, selector: null, version: null, url: null, stance: null })],
  ['a number where text goes', json({ title: 1, text: 123, url: 7, version: 1, statement: 5, stance: 'supports' })],
  ['an object where text goes', json({ text: { html: '<p>x</p>' }, url: { href: 'https://x.example' }, version: 1, status: {} })],
  ['a huge number', raw('{"version": 1e400, "selector": {"type": "TextPositionSelector", "start": 1e400, "end": 1e401}, "url": 1e400}')],
  ['a version beyond any integer', json({ version: 1e300, status: 'researching', stance: 'refutes', url: 'x', selector: { type: 'TextPositionSelector', start: 0, end: 1e300 }, title: 12 })],
  ['a negative position', json({ selector: { type: 'TextPositionSelector', start: -5, end: 3 }, version: -1, status: 'researching', stance: -1 })],
  ['a fractional position', json({ selector: { type: 'TextPositionSelector', start: 0.5, end: 2.5 }, version: 1.5, status: 'researching', stance: 0.5 })],
  ['an unknown selector type', json({ selector: { type: 'XPathSelector', value: '/p[1]' }, version: 1, verdict: 12, stance: 'maybe' })],
  ['an unknown status', json({ version: 1, status: 'PUBLISHED', selector: {}, stance: 'SUPPORTS' })],
  ['unknown fields', json({ version: 1, isAdmin: true, workspaceId: 'someone-else', stance: 'supports', url: 'https://x.example/', selector: { type: 'TextQuoteSelector' }, text: 'x', html: '<p>y</p>' })],
  ['a prototype-polluting key', raw('{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}')],
  ['a javascript: link', json({ url: 'javascript:alert(1)', stance: 'supports', version: 'one', selector: 'quote' })],
  ['a link without a host', json({ url: 'https://', stance: 'supports', version: '1', selector: [] })],
  ['a date that is not a date', json({ url: 'https://x.example/', stance: 'context', accessedAt: 'yesterday-ish', publishedAt: 'soon', text: 'x', html: 'y', version: 1, verdict: [] })],
  ['a NUL character in a value', json({ title: 'A\u0000B', text: 'Text\u0000with NUL', url: 'https://x.example/\u0000', stance: 'context\u0000', version: 1, status: 'to_check\u0000' })],
  ['a string far over every limit', json({ title: 'x'.repeat(20_000), statement: 's'.repeat(30_000), url: `https://x.example/${'a'.repeat(5000)}`, stance: 'context', version: 1, selector: { type: 'TextQuoteSelector', exact: 'q'.repeat(6000) } })],
  ['deeply nested JSON', raw(`${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`)],
  ['valid JSON as text/plain', raw(JSON.stringify({ version: 1, status: 'researching' }), 'text/plain')],
  ['a form post', raw('title=x&text=y&version=1&status=researching', 'application/x-www-form-urlencoded')],
  ['multipart form data', raw('--b\r\nContent-Disposition: form-data; name="text"\r\n\r\nx\r\n--b--\r\n', 'multipart/form-data; boundary=b')],
  ['no content type', raw(JSON.stringify({ version: 1, status: 'researching' }), '')],
  ['XML', raw('<claim><version>1</version></claim>', 'application/xml')],
];

describe('a malformed body', () => {
  for (const [method, route, path] of mutatingRoutes) {
    it.each(badBodies)(`to ${method} ${route} (%s) gets a 4xx`, async (_, body) => {
      const headers: Record<string, string> = body.type ? { 'content-type': body.type } : {};
      const response = await editor.api.send(method, path(), { raw: body.raw, headers });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    });
  }

  // A misspelt field must not be dropped in silence while the rest is applied.
  const typos: [string, string, () => string, Record<string, unknown>][] = [
    ['POST', 'articles', () => '/api/v1/articles', { title: 'Typo', text: 'Some text.', autor: 'Someone' }],
    ['POST', 'claims', () => `/api/v1/articles/${ids.article}/claims`, { selector: { type: 'TextQuoteSelector', exact: 'The dam' }, statment: 'Typo' }],
    ['PATCH', 'claim', () => `/api/v1/claims/${ids.claim}`, { version: 1, statement: 'Typo', verdict_key: 'false' }],
    ['POST', 'evidence', () => `/api/v1/claims/${ids.claim}/evidence`, { url: 'https://typo.example/', stance: 'context', publsher: 'Typo' }],
    ['PATCH', 'evidence', () => `/api/v1/evidence/${ids.evidence}`, { title: 'Typo', stanse: 'refutes' }],
  ];
  it.each(typos)('to %s %s with an unknown field next to valid ones gets 422', async (method, _, path, body) => {
    const response = await editor.api.send(method, path(), { json: body });
    expect(response.status).toBe(422);
  });

  it('changed nothing', async () => {
    const claim = await editor.api.get<ClaimDto>(`/api/v1/claims/${ids.claim}`);
    expect(claim.body).toMatchObject({ version: 1, status: 'to_check', statement: '' });
    expect(claim.body.evidence).toHaveLength(1);
    expect(claim.body.evidence[0]).toMatchObject({ url: 'https://dam.example/', stance: 'supports', title: '' });
    const articles = await editor.api.get<{ articles: unknown[] }>('/api/v1/articles');
    expect(articles.body.articles).toHaveLength(1);
    const claims = await editor.api.get<{ claims: unknown[] }>(`/api/v1/articles/${ids.article}/claims`);
    expect(claims.body.claims).toHaveLength(1);
  });
});

// PostgreSQL cannot store U+0000 in text: a NUL inside otherwise valid input must be refused or
// cleaned, not reach the database and fail there.
describe('a NUL character inside valid input', () => {
  it.each([
    ['POST', 'articles', () => '/api/v1/articles', { title: 'Nul\u0000title', text: 'A text with a \u0000 in it.', author: 'A\u0000B' }],
    ['POST', 'claims', () => `/api/v1/articles/${ids.article}/claims`, { selector: { type: 'TextQuoteSelector', exact: 'The dam' }, statement: 'Nul\u0000statement' }],
    ['POST', 'claims (quote)', () => `/api/v1/articles/${ids.article}/claims`, { selector: { type: 'TextQuoteSelector', exact: 'dam\u0000' } }],
    ['PATCH', 'claim', () => `/api/v1/claims/${ids.claim}`, { version: 1, explanation: 'Nul\u0000explanation' }],
    ['POST', 'evidence', () => `/api/v1/claims/${ids.claim}/evidence`, { url: 'https://nul.example/', stance: 'context', passage: 'Nul\u0000passage' }],
    ['PATCH', 'evidence', () => `/api/v1/evidence/${ids.evidence}`, { title: 'Nul\u0000title' }],
    ['POST', 'articles (link)', () => '/api/v1/articles', { title: 'Nul link', text: 'Text.', sourceUrl: 'https://nul.example/\u0000' }],
    ['PATCH', 'claim (verdict)', () => `/api/v1/claims/${ids.claim}`, { version: 1, verdict: 'false\u0000' }],
    ['POST', 'evidence (link)', () => `/api/v1/claims/${ids.claim}/evidence`, { url: 'https://nul.example/\u0000', stance: 'context' }],
  ] as [string, string, () => string, Record<string, unknown>][])('in %s %s is refused or cleaned, never a 500', async (method, _, path, body) => {
    const response = await editor.api.send(method, path(), { json: body });
    expect(response.status).toBeLessThan(500);
    expect(response.text).not.toContain('\\u0000');
  });
});

// Ids are path segments anyone can type: odd characters, encodings, traversal, injection.
const badIds = [
  "'%20OR%201%3D1%20--",
  '%00',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..%5C..%5Cwindows',
  '%F0%9F%92%A5',
  '%ZZ',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  'a'.repeat(300),
  '1e999',
  '-1',
  'null',
  '%20',
];

const idRoutes: [string, (id: string) => string, unknown?][] = [
  ['GET', (id) => `/api/v1/articles/${id}`],
  ['GET', (id) => `/api/v1/articles/${id}/claims`],
  ['POST', (id) => `/api/v1/articles/${id}/claims`, { selector: { type: 'TextQuoteSelector', exact: 'dam' } }],
  ['GET', (id) => `/api/v1/claims/${id}`],
  ['PATCH', (id) => `/api/v1/claims/${id}`, { version: 1, status: 'researching' }],
  ['DELETE', (id) => `/api/v1/claims/${id}`],
  ['POST', (id) => `/api/v1/claims/${id}/restore`],
  ['GET', (id) => `/api/v1/claims/${id}/history`],
  ['POST', (id) => `/api/v1/claims/${id}/evidence`, { url: 'https://x.example/', stance: 'supports' }],
  ['PATCH', (id) => `/api/v1/evidence/${id}`, { stance: 'refutes' }],
  ['DELETE', (id) => `/api/v1/evidence/${id}`],
];

describe('an odd id', () => {
  for (const [method, path, body] of idRoutes) {
    it(`in ${method} ${path('{id}')} gets a 4xx`, async () => {
      for (const id of badIds) {
        const response = await editor.api.send(method, path(id), body === undefined ? {} : { json: body });
        expect.soft(response.status, `${method} ${path(id)}`).toBeGreaterThanOrEqual(400);
        expect.soft(response.status, `${method} ${path(id)}`).toBeLessThan(500);
      }
    });
  }
});

describe('an odd query', () => {
  it.each(['abc', '1e400', '-5', '0', '1.5', '99999999999999999999', '%00'])('DELETE with ?version=%s gets a 4xx', async (version) => {
    const response = await editor.api.delete(`/api/v1/claims/${ids.claim}?version=${version}`);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});

describe('a JSON body sent as another media type', () => {
  it('is refused with 415 and changes nothing, even when the type names JSON after a semicolon', async () => {
    const claim = (await editor.api.get<ClaimDto>(`/api/v1/claims/${ids.claim}`)).body;
    // text/plain;application/json is text/plain: a page on another site may send it without asking.
    const response = await editor.api.send('PATCH', `/api/v1/claims/${ids.claim}`, {
      raw: JSON.stringify({ version: claim.version, explanation: 'Sent as text/plain' }),
      headers: { 'content-type': 'text/plain;application/json' },
    });
    expect(response.status).toBe(415);
    expect((await editor.api.get<ClaimDto>(`/api/v1/claims/${ids.claim}`)).body).toEqual(claim);
  });

  it('is accepted with a JSON media type and parameters', async () => {
    const claim = (await editor.api.get<ClaimDto>(`/api/v1/claims/${ids.claim}`)).body;
    const response = await editor.api.send('PATCH', `/api/v1/claims/${ids.claim}`, {
      raw: JSON.stringify({ version: claim.version, explanation: 'Sent as JSON' }),
      headers: { 'content-type': 'Application/JSON; charset=utf-8' },
    });
    expect(response.status).toBe(200);
  });
});

// An imported annotation is stored as claims, evidence and comments: a NUL anywhere in it would
// reach PostgreSQL. The import is refused whole, naming the annotation, and creates nothing.
describe('a NUL character in imported annotations', () => {
  const annotation = (body: unknown[], extra: Record<string, unknown> = {}) => ({
    type: 'Annotation',
    target: { source: 'https://dam.example/story', selector: [{ type: 'TextQuoteSelector', exact: 'four billion litres' }] },
    body,
    ...extra,
  });
  const collection = (item: unknown) => ({ type: 'AnnotationCollection', total: 1, first: { type: 'AnnotationPage', items: [item] } });

  it.each([
    ['the statement', annotation([{ type: 'TextualBody', purpose: 'describing', value: 'Nul\u0000statement' }])],
    ['the explanation', annotation([{ type: 'TextualBody', purpose: 'assessing', value: 'False\nNul\u0000explanation' }])],
    ['an evidence title', annotation([{ type: 'SpecificResource', source: { id: 'https://e.example/', title: 'Nul\u0000title' } }])],
    ['an evidence passage', annotation([{ type: 'SpecificResource', source: 'https://e.example/', selector: { type: 'TextQuoteSelector', exact: 'Nul\u0000passage' } }])],
    ['an evidence link', annotation([{ type: 'SpecificResource', source: 'https://e.example/\u0000' }])],
    ['a comment', annotation([{ type: 'TextualBody', purpose: 'commenting', value: 'Nul\u0000note' }])],
    ['a Hypothesis note', annotation([], { text: 'Nul\u0000note' })],
  ])('in %s is refused with 422, naming the annotation, and creates nothing', async (_, item) => {
    const response = await editor.api.post<{ error: { message: string } }>(`/api/v1/articles/${ids.article}/annotations`, collection(item));
    expect(response.status).toBe(422);
    expect(response.body.error.message).toMatch(/^Annotation 1 \(.+\): Remove the NUL character \(U\+0000\)$/);
    const claims = await editor.api.get<{ claims: unknown[] }>(`/api/v1/articles/${ids.article}/claims`);
    expect(claims.body.claims).toHaveLength(1);
  });
});

// Date.parse takes years PostgreSQL cannot store (no year 0, none before 1 AD, none past 9999):
// such a date is refused like one that is not a date at all.
describe('a date PostgreSQL cannot store', () => {
  const unstorable = ['-001000-01-01', '0000-01-01', '0000-12-31T23:59:59Z', '+010000-01-01T00:00:00Z', '+275760-09-13T00:00:00Z'];

  it.each(unstorable)('as the accessed date of new evidence (%s) gets 422', async (date) => {
    const response = await editor.api.post<{ error: { fields: Record<string, string[]> } }>(`/api/v1/claims/${ids.claim}/evidence`, {
      url: 'https://dates.example/', stance: 'context', accessedAt: date,
    });
    expect(response.status).toBe(422);
    expect(response.body.error.fields.accessedAt).toEqual(['Enter a year between 1 and 9999']);
  });

  it.each(unstorable)('as the accessed date of an edit (%s) gets 422', async (date) => {
    const response = await editor.api.patch(`/api/v1/evidence/${ids.evidence}`, { accessedAt: date });
    expect(response.status).toBe(422);
  });

  it.each(unstorable)('as an article’s publication date (%s) gets 422', async (date) => {
    const response = await editor.api.post('/api/v1/articles', { title: 'Old news', text: 'Some text.', publishedAt: date });
    expect(response.status).toBe(422);
  });

  it.each(unstorable)('in an imported annotation’s source date (%s) gets 422', async (date) => {
    const response = await editor.api.post<{ error: { message: string } }>(`/api/v1/articles/${ids.article}/annotations`, [{
      type: 'Annotation',
      target: { source: 'https://dam.example/story', selector: { type: 'TextQuoteSelector', exact: 'four billion litres' } },
      body: { type: 'SpecificResource', source: 'https://e.example/', state: { type: 'TimeState', sourceDate: date } },
    }]);
    expect(response.status).toBe(422);
    expect(response.body.error.message).toBe('Annotation 1 (body.0.state.sourceDate): Enter a year between 1 and 9999');
  });

  it('changed nothing, and the first and last storable years are taken', async () => {
    const claim = await editor.api.get<ClaimDto>(`/api/v1/claims/${ids.claim}`);
    expect(claim.body.evidence).toHaveLength(1);
    expect(claim.body.evidence[0]!.accessedAt).toBeNull();
    const articles = await editor.api.get<{ articles: unknown[] }>('/api/v1/articles');
    expect(articles.body.articles).toHaveLength(1);
    for (const date of ['0001-01-01T00:00:00.000Z', '9999-12-31T23:59:59.000Z']) {
      const response = await editor.api.patch<EvidenceDto>(`/api/v1/evidence/${ids.evidence}`, { accessedAt: date });
      expect(response.status).toBe(200);
      expect(response.body.accessedAt).toBe(date);
    }
  });
});

// A page may stream (its section's loading.tsx) before it knows the outcome, so its status can be 200 even
// when it then renders the not-found page or the error page: what it rendered is read from the
// HTML, where Next marks an error by its digest (a number for a crash, the 404 fallback's name).
const notFoundMark = 'NEXT_HTTP_ERROR_FALLBACK;404';
const crashIn = (html: string) => /digest\\?":\\?"\d+|dgst="\d+"/.test(html);

describe('an odd id in a page address', () => {
  let session = '';
  beforeAll(async () => {
    session = await sessionCookieOf(editor);
  });
  const page = (path: string, cookie = session) => send('GET', path, { headers: { cookie, accept: 'text/html' } });

  it('shows the real article and its report', async () => {
    for (const path of [`/articles/${ids.article}`, `/articles/${ids.article}/report`]) {
      const response = await page(path);
      expect(response.status).toBe(200);
      expect(response.text).not.toContain(notFoundMark);
      expect(crashIn(response.text)).toBe(false);
    }
  });

  for (const path of [(id: string) => `/articles/${id}`, (id: string) => `/articles/${id}/report`]) {
    it(`in ${path('{id}')} shows the not-found page, or a 400 for a malformed escape`, async () => {
      for (const id of badIds) {
        const response = await page(path(id));
        if (id === '%ZZ') {
          expect.soft(response.status, path(id)).toBe(400);
          continue;
        }
        expect.soft(response.status, path(id)).toBeLessThan(500);
        // The article page has no loading skeleton (decision 043): it knows before it streams.
        if (!path(id).endsWith('/report')) expect.soft(response.status, path(id)).toBe(404);
        expect.soft(crashIn(response.text), `${path(id)} rendered an error`).toBe(false);
        expect.soft(response.text, path(id)).toContain(notFoundMark);
      }
    });
  }

  it('with a malformed %-escape anywhere gets 400', async () => {
    for (const path of ['/articles/%ZZ', '/articles/%ZZ/report', '/settings/%E0%A4%A', '/%ZZ']) {
      const response = await page(path);
      expect.soft(response.status, path).toBe(400);
      expect.soft(response.text, path).toContain('malformed %-escape');
    }
  });
});

// The cookie that picks the workspace is the browser's to send: one that is malformed or names
// no workspace of the user's is ignored, and their first workspace is used.
describe('an odd workspace cookie', () => {
  let session = '';
  beforeAll(async () => {
    session = await sessionCookieOf(editor);
  });

  it.each(['%ZZ', '%00', 'a%00b', '%27%20OR%201%3D1', 'x'.repeat(300), '', 'no-such-workspace'])('(%s) falls back to the user’s workspace', async (value) => {
    const cookie = `${session}; factdesk-workspace=${value}`;
    const api = await send<{ articles: { id: string }[] }>('GET', '/api/v1/articles', { headers: { cookie } });
    expect(api.status).toBe(200);
    expect(api.body.articles.map((a) => a.id)).toEqual([ids.article]);
    const page = await send('GET', '/articles', { headers: { cookie, accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(crashIn(page.text)).toBe(false);
    expect(page.text).toContain('Target');
  });
});

// Between reading a row and writing it, someone else may delete it. The write then finds
// nothing: that is a 404, not a 500. The race is made certain by a delete the test holds open.
describe('an edit racing a delete', () => {
  async function raceWithDelete(request: (evidenceId: string) => Promise<{ status: number }>): Promise<number> {
    const evidence = await editor.api.post<EvidenceDto>(`/api/v1/claims/${ids.claim}/evidence`, { url: 'https://race.example/', stance: 'context' });
    expect(evidence.status).toBe(201);
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query('DELETE FROM evidence WHERE id = $1', [evidence.body.id]);
      const pid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      const answer = request(evidence.body.id);
      // The server still sees the row (the delete is not committed) and waits on its lock to write.
      const blocked = async () => (await sql<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))', [pid]))[0]!.n > 0;
      while (!(await blocked())) await new Promise((resolve) => setImmediate(resolve));
      await client.query('COMMIT');
      return (await answer).status;
    } finally {
      await client.end();
    }
  }

  it('answers 404 to a change of evidence deleted meanwhile', async () => {
    expect(await raceWithDelete((id) => editor.api.patch(`/api/v1/evidence/${id}`, { title: 'Too late' }))).toBe(404);
  });

  it('answers 404 to removing evidence removed meanwhile', async () => {
    expect(await raceWithDelete((id) => editor.api.delete(`/api/v1/evidence/${id}`))).toBe(404);
  });
});
