// Story: a signed-in browser's session cookie must not let another site write on its behalf. A
// cookie-authenticated write is accepted only from the configured public origin (scheme, host and
// port), whatever X-Forwarded-Host the request carries; one that does not say where it comes from
// (neither Origin nor Sec-Fetch-Site) is refused. API tokens are not affected.
import { beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, createMember, send, sessionCookieOf, type Member } from './support/api';

let editor: Member;
let cookie = '';

beforeAll(async () => {
  editor = await createMember('origin-editor');
  cookie = await sessionCookieOf(editor);
});

function writeWithCookie(headers: Record<string, string>) {
  return send('POST', '/api/v1/articles', { headers: { cookie, ...headers }, json: { title: 'Origin check', text: 'Some text.' } });
}

const httpsTwin = baseUrl.replace(/^http:/, 'https:');

describe('a write with the session cookie', () => {
  it('is accepted from the app’s own origin, or with Sec-Fetch-Site: same-origin', async () => {
    expect((await writeWithCookie({ origin: baseUrl })).status).toBe(201);
    expect((await writeWithCookie({ 'sec-fetch-site': 'same-origin' })).status).toBe(201);
  });

  it.each<[string, Record<string, string>]>([
    ['no Origin and no Sec-Fetch-Site', {}],
    ['no Origin, and Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['an Origin of another scheme (https for an http app)', { origin: httpsTwin }],
    ['an Origin on another port', { origin: baseUrl.replace(/:\d+$/, ':1') }],
    ['another site’s Origin with a matching X-Forwarded-Host', { origin: 'http://evil.example', 'x-forwarded-host': 'evil.example' }],
    ['Origin: null', { origin: 'null' }],
  ])('is refused with %s, and nothing is written', async (_, headers) => {
    const before = await editor.api.get<{ articles: unknown[] }>('/api/v1/articles');
    const answer = await writeWithCookie(headers);
    expect(answer.status).toBe(403);
    const after = await editor.api.get<{ articles: unknown[] }>('/api/v1/articles');
    expect(after.body.articles.length).toBe(before.body.articles.length);
  });

  it('does not concern API tokens, which a browser never sends by itself', async () => {
    const answer = await editor.api.send('POST', '/api/v1/articles', { json: { title: 'By token', text: 'Some text.' } });
    expect(answer.status).toBe(201);
  });
});
