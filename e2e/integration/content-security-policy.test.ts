// Story: every HTML page of the app tells the browser to run only the scripts that carry a nonce
// made for that one response (decision 019). An attacker who gets markup into a page cannot guess
// it, nor reuse one seen before: it changes with every response. The public share pages carry no
// script at all, and say so: their policy runs none, so one answer can serve every reader from a
// cache without sharing a nonce (decision 032).
import { beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, createMember, sessionCookieOf, type Member } from './support/api';
import { createClaimLink, publishClaim, shareArticleWithClaims } from './support/share-fixtures';
import { setSelfApproval } from './support/workspace-settings';

let owner: Member;
let cookie: string;
let articleId: string;
let verdictUrl: string;
let reviewUrl: string;
let goneUrl: string;

const signIn = (member: Member) => sessionCookieOf(member, { 'x-forwarded-for': '198.51.100.190' });

type Page = { status: number; policy: string; nonce: string; html: string };

async function view(path: string, headers: Record<string, string> = {}): Promise<Page> {
  const response = await fetch(new URL(path, baseUrl), { headers, redirect: 'manual' });
  const policy = response.headers.get('content-security-policy') ?? '';
  return { status: response.status, policy, nonce: /'nonce-([^']+)'/.exec(policy)?.[1] ?? '', html: await response.text() };
}

/** The directive's sources, e.g. directive(policy, 'script-src') → ["'self'", "'nonce-…'", …]. */
function directive(policy: string, name: string): string[] | undefined {
  const found = policy.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name);
  return found?.slice(1);
}

function expectStrictPolicy(page: Page, path: string) {
  expect(page.nonce, `${path} has a nonce`).toMatch(/^[\w+/=-]{16,}$/);
  const scripts = directive(page.policy, 'script-src');
  expect(scripts, path).toContain(`'nonce-${page.nonce}'`);
  expect(scripts, path).toContain("'strict-dynamic'");
  expect(scripts, path).not.toContain("'unsafe-inline'");
  expect(scripts, path).not.toContain("'unsafe-eval'");
  expect(directive(page.policy, 'object-src'), path).toEqual(["'none'"]);
  expect(directive(page.policy, 'base-uri'), path).toEqual(["'none'"]);
  expect(directive(page.policy, 'frame-ancestors'), path).toEqual(["'none'"]);
  expect(directive(page.policy, 'default-src'), path).toEqual(["'self'"]);
  expect(directive(page.policy, 'form-action'), path).toEqual(["'self'"]);
}

/** Every <script> of the page, executable or not, with its nonce attribute if any. */
function scriptTags(html: string): { tag: string; nonce: string | undefined; data: boolean }[] {
  return [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => ({
    tag,
    nonce: /\snonce="([^"]*)"/.exec(tag)?.[1],
    data: /type="application\/(ld\+)?json"/.test(tag),
  }));
}

beforeAll(async () => {
  owner = await createMember('csp');
  await setSelfApproval(owner.user.workspace, true);
  cookie = await signIn(owner);
  articleId = (await shareArticleWithClaims(owner.api)).id;
  const claim = await publishClaim(owner.api, articleId, 'the harbour bridge carried 40,000 cars a day in 2024', {
    statement: 'The harbour bridge carried 40,000 cars a day in 2024.',
  });
  verdictUrl = (await createClaimLink(owner.api, claim.id)).url;
  reviewUrl = (await owner.api.post<{ url: string }>(`/api/v1/articles/${articleId}/share-links`, {})).body.url;
  const gone = await createClaimLink(owner.api, claim.id);
  expect((await owner.api.delete(`/api/v1/share-links/${gone.id}`)).status).toBe(204);
  goneUrl = gone.url;
});

describe('the Content-Security-Policy', () => {
  it('covers every kind of HTML page with a strict policy whose nonce is on every script', async () => {
    const pages: [string, Record<string, string>, number][] = [
      ['/sign-in', {}, 200],
      ['/sign-up', {}, 200],
      ['/articles', { cookie }, 200],
      [`/articles/${articleId}`, { cookie }, 200],
      ['/settings', { cookie }, 200],
      ['/no-such-page', {}, 404],
    ];
    for (const [path, headers, status] of pages) {
      const page = await view(path, headers);
      expect(page.status, path).toBe(status);
      expectStrictPolicy(page, path);
      const scripts = scriptTags(page.html).filter((s) => !s.data);
      expect(scripts.length, `${path} has Next's scripts`).toBeGreaterThan(0);
      for (const script of scripts) expect(script.nonce, `${path}: ${script.tag}`).toBe(page.nonce);
    }
  });

  it('runs no script at all on the public pages, their 404 and 410 included, and needs no nonce', async () => {
    const pages: [string, number][] = [
      [new URL(verdictUrl).pathname, 200],
      [new URL(reviewUrl).pathname, 200],
      ['/v/fds_not-a-real-token-at-all', 404],
      [new URL(goneUrl).pathname, 410],
    ];
    for (const [path, status] of pages) {
      const page = await view(path);
      expect(page.status, path).toBe(status);
      expect(page.nonce, path).toBe('');
      expect(directive(page.policy, 'script-src'), path).toEqual(["'none'"]);
      expect(directive(page.policy, 'default-src'), path).toEqual(["'none'"]);
      expect(directive(page.policy, 'base-uri'), path).toEqual(["'none'"]);
      expect(directive(page.policy, 'frame-ancestors'), path).toEqual(["'none'"]);
      // Only the ClaimReview data block, which a browser never runs.
      expect(scriptTags(page.html).filter((s) => !s.data), path).toEqual([]);
    }
    // Every reader gets the same bytes.
    expect((await view(new URL(verdictUrl).pathname)).html).toBe((await view(new URL(verdictUrl).pathname)).html);
  });

  it('makes a new nonce for every response', async () => {
    for (const [path, headers] of [['/sign-in', {}], ['/articles', { cookie }]] as const) {
      const views = [await view(path, headers), await view(path, headers), await view(path, headers)];
      expect(new Set(views.map((v) => v.nonce)).size, path).toBe(3);
      for (const v of views) {
        // The page never holds another response's nonce.
        for (const other of views) if (other !== v) expect(v.html.includes(other.nonce), path).toBe(false);
        for (const script of scriptTags(v.html).filter((s) => !s.data)) expect(script.nonce, path).toBe(v.nonce);
      }
    }
  });

  it('is not sent on the API’s JSON', async () => {
    const json = await fetch(`${baseUrl}/api/v1/articles`, { headers: { authorization: `Bearer ${owner.token}` } });
    expect(json.status).toBe(200);
    expect(json.headers.get('content-security-policy')).toBeNull();
  });
});
