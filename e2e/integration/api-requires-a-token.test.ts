// Story: an integrator who forgets the token, or sends a wrong one, is turned away from every
// route of the API, before anything is read or written.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { send } from './support/api';

type OpenApiDocument = { paths: Record<string, Record<string, unknown>> };

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'];
// The id a route is called with: well formed, so the request is refused for the token alone.
const SOME_ID = 'cm0000000000000000000000a';

let routes: { method: string; path: string }[] = [];

beforeAll(async () => {
  // The routes are read from the API's own reference, so a route added later is covered too.
  const { status, body } = await send<OpenApiDocument>('GET', '/api/v1/openapi.json');
  expect(status).toBe(200);
  // The health checks (/api/health/*) are for load balancers and answer without a token.
  routes = Object.entries(body.paths).filter(([template]) => template.startsWith('/api/v1/')).flatMap(([template, operations]) =>
    Object.keys(operations)
      .filter((method) => HTTP_METHODS.includes(method))
      .map((method) => ({ method: method.toUpperCase(), path: template.replace(/\{[^}]+\}/g, SOME_ID) })),
  );
});

const badAuthorizations: [string, Record<string, string>][] = [
  ['no Authorization header', {}],
  ['an unknown token of the right shape', { authorization: `Bearer fd_${randomBytes(32).toString('base64url')}` }],
  ['a token of the wrong shape', { authorization: 'Bearer not-a-factdesk-token' }],
  ['an empty bearer', { authorization: 'Bearer ' }],
  ['another scheme', { authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` }],
  ['a session cookie that does not exist', { cookie: 'better-auth.session_token=forged.value' }],
];

describe('every /api/v1 route needs a valid token', () => {
  it('lists the routes integrators rely on', () => {
    const listed = routes.map((r) => `${r.method} ${r.path.replaceAll(SOME_ID, '{id}')}`);
    expect(listed).toEqual(
      expect.arrayContaining([
        'GET /api/v1/articles',
        'POST /api/v1/articles',
        'GET /api/v1/articles/{id}',
        'GET /api/v1/articles/{id}/claims',
        'POST /api/v1/articles/{id}/claims',
        'GET /api/v1/claims/{id}',
        'PATCH /api/v1/claims/{id}',
        'DELETE /api/v1/claims/{id}',
        'POST /api/v1/claims/{id}/restore',
        'GET /api/v1/claims/{id}/history',
        'POST /api/v1/claims/{id}/evidence',
        'PATCH /api/v1/evidence/{id}',
        'DELETE /api/v1/evidence/{id}',
      ]),
    );
  });

  for (const [label, headers] of badAuthorizations) {
    it(`answers 401 to ${label}`, async () => {
      for (const { method, path } of routes) {
        const withBody = method === 'POST' || method === 'PATCH';
        const response = await send<{ error: { code: string } }>(method, path, {
          headers,
          ...(withBody ? { json: { title: 'T', text: 'Some text.', version: 1, status: 'researching' } } : {}),
        });
        expect.soft(response.status, `${method} ${path}`).toBe(401);
        expect.soft(response.body.error?.code, `${method} ${path}`).toBe('unauthenticated');
      }
    });
  }
});
