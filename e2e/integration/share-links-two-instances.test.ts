// Story: a newsroom runs two Factdesk instances on one database behind a load balancer. A reader
// holds a public link; every change an editor makes through instance A (a correction, a new
// workspace name, taking the verdict back, revoking the link) is what instance B shows on the
// very next request: the public pages keep nothing per process (decision 032). Caches in front
// (browser, CDN) may keep a page but must revalidate it, and get a 304 while it is unchanged.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto } from '@/lib/validations/claim';
import { baseUrl, createMember, type Member } from './support/api';
import { startInstance, stopInstance, type Instance } from './support/app-process';
import { createClaimLink, markClaim, publishClaim, shareArticleWithClaims } from './support/share-fixtures';
import { setSelfApproval } from './support/workspace-settings';

const database = new pg.Client({ connectionString: process.env.DATABASE_URL });

let owner: Member;
let b: Instance;
let articleId: string;
let claim: ClaimDto;
let link: { id: string; url: string };
let reviewUrl: string;

/** The same link, asked of instance B. */
const onB = (url: string) => url.replace(baseUrl, b.url);

async function visit(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers, redirect: 'manual' });
  return { status: response.status, headers: response.headers, html: await response.text(), etag: response.headers.get('etag') };
}

beforeAll(async () => {
  await database.connect();
  owner = await createMember('two-instances');
  await setSelfApproval(owner.user.workspace, true);
  articleId = (await shareArticleWithClaims(owner.api, 'Bridge traffic')).id;
  claim = await publishClaim(owner.api, articleId, 'the harbour bridge carried 40,000 cars a day in 2024', {
    statement: 'The bridge carried 40,000 cars a day.',
    explanation: 'Traffic counts show 31,000 cars a day.',
  });
  link = await createClaimLink(owner.api, claim.id);
  reviewUrl = (await owner.api.post<{ url: string }>(`/api/v1/articles/${articleId}/share-links`, {})).body.url;
  // The second instance: the same build, database and environment, another port.
  b = await startInstance({ FACTDESK_WORKER: 'off' });
}, 60_000);

afterAll(async () => {
  if (b) await stopInstance(b);
  await database.end();
});

describe('a public page served by two instances', () => {
  it('is the same page, with the same ETag, on both; revalidated rather than kept', async () => {
    const [a, fromB] = [await visit(link.url), await visit(onB(link.url))];
    expect(a.status).toBe(200);
    expect(fromB.status).toBe(200);
    expect(fromB.html).toContain('Traffic counts show 31,000 cars a day.');
    expect(fromB.html).toBe(a.html);
    expect(fromB.etag).toMatch(/^"[\w-]+"$/);
    expect(fromB.etag).toBe(a.etag);
    for (const page of [a, fromB]) {
      expect(page.headers.get('cache-control')).toBe('public, no-cache');
      // No per-reader nonce: one answer may serve every reader.
      expect(page.headers.get('content-security-policy')).toContain("script-src 'none'");
      expect(page.headers.get('content-security-policy')).not.toContain('nonce');
      expect(page.html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    }
  });

  it('answers 304 to a cache holding the current page, on either instance', async () => {
    const { etag } = await visit(link.url);
    for (const url of [link.url, onB(link.url)]) {
      const revalidated = await fetch(url, { headers: { 'if-none-match': etag! } });
      expect(revalidated.status).toBe(304);
      expect(revalidated.headers.get('etag')).toBe(etag);
      expect(await revalidated.text()).toBe('');
    }
  });

  it('keeps its ETag through changes that do not touch it', async () => {
    const before = await visit(onB(link.url));
    // A draft claim on the same article and a comment on the verdict: neither is public.
    await markClaim(owner.api, articleId, 'the ferry had never been late', { statement: 'A draft nobody may read.' });
    expect((await owner.api.post(`/api/v1/claims/${claim.id}/comments`, { body: 'Team only.' })).status).toBe(201);
    const after = await visit(onB(link.url));
    expect(after.etag).toBe(before.etag);
    expect((await fetch(onB(link.url), { headers: { 'if-none-match': before.etag! } })).status).toBe(304);
  });

  it('shows a correction made through A on B at the very next request, with a new ETag', async () => {
    const before = await visit(onB(link.url));
    const reviewBefore = await visit(onB(reviewUrl));
    const corrected = await owner.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, {
      version: (await owner.api.get<ClaimDto>(`/api/v1/claims/${claim.id}`)).body.version,
      explanation: 'Traffic counts show 29,500 cars a day.',
      correctionReason: 'The count was revised.',
    });
    expect(corrected.status).toBe(200);
    for (const [url, old] of [[onB(link.url), before], [onB(reviewUrl), reviewBefore]] as const) {
      const page = await visit(url);
      expect(page.html).toContain('Traffic counts show 29,500 cars a day.');
      expect(page.html).toContain('The count was revised.');
      expect(page.html).not.toContain('31,000');
      expect(page.etag).not.toBe(old.etag);
      // A cache revalidating its old copy gets the new page, not a 304.
      const revalidated = await visit(url, { 'if-none-match': old.etag! });
      expect(revalidated.status).toBe(200);
      expect(revalidated.html).toContain('29,500');
    }
  });

  it('shows a new workspace name through B at once, and keeps the verdict as published when the scale is relabelled', async () => {
    const renamed = `${owner.user.workspace} Desk`;
    expect((await owner.api.patch('/api/v1/workspace', { name: renamed })).status).toBe(200);
    const page = await visit(onB(link.url));
    expect(page.html).toContain(`Published by ${renamed} with Factdesk.`);
    // A scale edit does not re-rate a published verdict (decision 040): the page keeps "False".
    const scale = (await owner.api.get<{ ratings: { id: string; key: string }[] }>('/api/v1/ratings')).body;
    const falseId = scale.ratings.find((r) => r.key === 'false')!.id;
    expect((await owner.api.patch(`/api/v1/ratings/${falseId}`, { label: 'Wrong' })).status).toBe(200);
    const relabelled = await visit(onB(link.url));
    expect(relabelled.html).toMatch(/>False</);
    expect(relabelled.html).not.toMatch(/>Wrong</);
  });

  it('answers 410 on B once A takes the verdict back, and the page again once it is republished', async () => {
    const current = (await owner.api.get<ClaimDto>(`/api/v1/claims/${claim.id}`)).body;
    expect((await visit(onB(link.url))).status).toBe(200);
    const back = await owner.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, { version: current.version, status: 'needs_review' });
    expect(back.status).toBe(200);
    const gone = await visit(onB(link.url));
    expect(gone.status).toBe(410);
    expect(gone.html).toContain('This link is no longer available');
    expect(gone.html).toContain('<meta name="robots" content="noindex"/>');
    // The article's review no longer shows it either.
    expect((await visit(onB(reviewUrl))).html).not.toContain('29,500');
    const again = await owner.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, { version: back.body.version, status: 'published' });
    expect(again.status).toBe(200);
    expect((await visit(onB(link.url))).status).toBe(200);
  });

  it('answers 410 on B, page and preview image, right after A revokes the link', async () => {
    const held = await visit(onB(link.url));
    const card = await visit(`${onB(link.url)}/card.png`);
    expect(card.status).toBe(200);
    expect(card.headers.get('content-type')).toBe('image/png');
    expect(card.headers.get('cache-control')).toBe('public, no-cache');
    expect((await fetch(`${onB(link.url)}/card.png`, { headers: { 'if-none-match': card.etag! } })).status).toBe(304);
    expect((await owner.api.delete(`/api/v1/share-links/${link.id}`)).status).toBe(204);
    expect((await visit(onB(link.url))).status).toBe(410);
    expect((await visit(link.url)).status).toBe(410);
    expect((await visit(`${onB(link.url)}/card.png`)).status).toBe(410);
    // Even for a cache that still holds the old page.
    expect((await visit(onB(link.url), { 'if-none-match': held.etag! })).status).toBe(410);
  });
});
