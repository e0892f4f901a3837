// Story: a member makes API tokens for their scripts (read-only or read-write, with an expiry),
// sees each secret once, and revokes them; an admin sees and revokes everyone's. A read-only
// token is refused on every write route, a revoked or expired one on every route.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiTokenDto, ApiTokenListDto, CreatedApiTokenDto } from '@/lib/validations/api-token';
import { apiFor, createMember, createTeammate, send, type Member } from './support/api';
import { sql } from './support/database';

type OpenApiDocument = { paths: Record<string, Record<string, unknown>> };
const SOME_ID = 'cm0000000000000000000000a';
const DAY_MS = 24 * 60 * 60 * 1000;

let owner: Member;
let checker: Member;

async function makeToken(member: Member, input: Record<string, unknown>): Promise<CreatedApiTokenDto> {
  const response = await member.api.post<CreatedApiTokenDto>('/api/v1/tokens', input);
  expect(response.status, response.text).toBe(201);
  return response.body;
}

beforeAll(async () => {
  owner = await createMember('tokens-owner');
  checker = await createTeammate(owner, 'checker');
}, 60_000);

describe('a member’s own tokens', () => {
  it('shows the secret once, stores only its hash, and the token works at once', async () => {
    const created = await makeToken(checker, { name: 'CMS sync', scope: 'write' });
    expect(created).toMatchObject({ name: 'CMS sync', scope: 'write', expiresAt: null, lastUsedAt: null, expired: false });
    expect(created.token).toMatch(/^fd_[A-Za-z0-9_-]{43}$/);
    expect(created.token.startsWith(created.prefix)).toBe(true);

    const rows = await sql<Record<string, unknown>>('SELECT * FROM api_token WHERE id = $1', [created.id]);
    expect(JSON.stringify(rows)).not.toContain(created.token.slice(10));

    const used = await apiFor(created.token).get('/api/v1/articles');
    expect(used.status).toBe(200);
    const list = await checker.api.get<ApiTokenListDto>('/api/v1/tokens');
    const listed = list.body.tokens.find((t) => t.id === created.id);
    expect(listed?.lastUsedAt).not.toBeNull();
    expect(list.text).not.toContain(created.token);
    // Nor does it reach the server's log, made, used or refused.
    await apiFor(created.token).post('/api/v1/articles', { bad: true });
    const log = process.env.FACTDESK_SERVER_LOG;
    if (!log) throw new Error('FACTDESK_SERVER_LOG must name the server’s log (npm test sets it).');
    expect(await readFile(log, 'utf8')).not.toContain(created.token.slice(3));
  });

  it('keeps an expiry and refuses one in the past or a nameless token', async () => {
    const expiresAt = new Date(Date.now() + 30 * DAY_MS).toISOString();
    const created = await makeToken(checker, { name: 'Thirty days', scope: 'read', expiresAt });
    expect(created.expiresAt).toBe(expiresAt);
    for (const bad of [
      { name: 'Past', scope: 'read', expiresAt: '2020-01-01' },
      { name: '  ', scope: 'read' },
      { name: 'No scope' },
      { name: 'Admin', scope: 'admin' },
      { name: 'Extra', scope: 'read', role: 'admin' },
    ]) {
      const response = await checker.api.post('/api/v1/tokens', bad);
      expect(response.status, JSON.stringify(bad)).toBe(422);
    }
  });

  it('lists only one’s own tokens; everyone’s only for admins', async () => {
    const mine = await makeToken(owner, { name: 'Owner’s', scope: 'write' });
    const theirs = await checker.api.get<ApiTokenListDto>('/api/v1/tokens');
    expect(theirs.body.tokens.every((t) => t.owner.id !== mine.owner.id)).toBe(true);
    expect((await checker.api.get('/api/v1/tokens?owner=all')).status).toBe(403);
    const all = await owner.api.get<ApiTokenListDto>('/api/v1/tokens?owner=all');
    expect(all.status).toBe(200);
    const owners = new Set(all.body.tokens.map((t: ApiTokenDto) => t.owner.name));
    expect(owners.size).toBeGreaterThanOrEqual(2);
  });
});

describe('revoked and expired tokens', () => {
  it('a revoked token answers 401 from its next call, and leaves the list', async () => {
    const created = await makeToken(checker, { name: 'Short lived', scope: 'write' });
    expect((await apiFor(created.token).get('/api/v1/articles')).status).toBe(200);
    expect((await checker.api.delete(`/api/v1/tokens/${created.id}`)).status).toBe(204);
    const after = await apiFor(created.token).get<{ error: { code: string } }>('/api/v1/articles');
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('unauthenticated');
    const list = await checker.api.get<ApiTokenListDto>('/api/v1/tokens');
    expect(list.body.tokens.map((t) => t.id)).not.toContain(created.id);
    expect((await checker.api.delete(`/api/v1/tokens/${created.id}`)).status).toBe(404);
  });

  it('an expired token answers 401 and is listed as expired', async () => {
    const created = await makeToken(checker, { name: 'Expiring', scope: 'read', expiresAt: new Date(Date.now() + DAY_MS).toISOString() });
    expect((await apiFor(created.token).get('/api/v1/articles')).status).toBe(200);
    // The clock cannot be moved for the server: the expiry is moved instead.
    await sql(`UPDATE api_token SET "expiresAt" = now() - interval '1 second' WHERE id = $1`, [created.id]);
    expect((await apiFor(created.token).get('/api/v1/articles')).status).toBe(401);
    expect((await apiFor(created.token).post('/api/v1/articles', { title: 'x', text: 'y' })).status).toBe(401);
    const list = await checker.api.get<ApiTokenListDto>('/api/v1/tokens');
    expect(list.body.tokens.find((t) => t.id === created.id)?.expired).toBe(true);
  });

  it('a member cannot revoke a teammate’s token; an admin can', async () => {
    const created = await makeToken(owner, { name: 'Owner script', scope: 'write' });
    expect((await checker.api.delete(`/api/v1/tokens/${created.id}`)).status).toBe(403);
    expect((await apiFor(created.token).get('/api/v1/articles')).status).toBe(200);
    const theirs = await makeToken(checker, { name: 'Checker script', scope: 'write' });
    expect((await owner.api.delete(`/api/v1/tokens/${theirs.id}`)).status).toBe(204);
    expect((await apiFor(theirs.token).get('/api/v1/articles')).status).toBe(401);
  });
});

describe('a read-only token', () => {
  let readOnly: CreatedApiTokenDto;
  beforeAll(async () => {
    readOnly = await makeToken(owner, { name: 'Reader', scope: 'read' });
  });

  it('is refused on every route of the API but GET and the article preview, before anything is looked up', async () => {
    // The routes come from the API's own reference, so a write route added later is covered too.
    const document = await send<OpenApiDocument>('GET', '/api/v1/openapi.json');
    const writes = Object.entries(document.body.paths).flatMap(([template, operations]) =>
      Object.keys(operations)
        .filter((method) => ['post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => ({ method: method.toUpperCase(), path: template.replace(/\{[^}]+\}/g, SOME_ID) })),
    );
    expect(writes.length).toBeGreaterThan(20);
    for (const { method, path } of writes) {
      const response = await apiFor(readOnly.token).send<{ error?: { reason?: string } }>(method, path, { json: {} });
      if (path === '/api/v1/articles/preview') {
        expect(response.status, `${method} ${path}`).not.toBe(403);
      } else {
        expect(response.status, `${method} ${path}`).toBe(403);
        expect(response.body.error?.reason, `${method} ${path}`).toBe('read_only_token');
      }
    }
  });

  it('cannot make a read-write token for itself', async () => {
    const response = await apiFor(readOnly.token).post('/api/v1/tokens', { name: 'Escalate', scope: 'write' });
    expect(response.status).toBe(403);
  });

  it('may preview a link, which stores nothing', async () => {
    const response = await apiFor(readOnly.token).post<{ error: { code: string; reason?: string } }>('/api/v1/articles/preview', { url: 'http://127.0.0.1/' });
    // Refused for the address (a private one), not for the token.
    expect(response.status, response.text).toBe(422);
    expect(response.body.error.reason).not.toBe('read_only_token');
  });
});
