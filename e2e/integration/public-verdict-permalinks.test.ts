// Story: a desk with public pages on gives every published verdict a lasting public address,
// /p/{slug}/verdicts/{claimId} (decision 044). A reader of the corrections log follows an entry
// (HTML, JSON or Atom) to the corrected verdict as it now reads; the page is the shared verdict
// page, with nothing internal on it. A verdict taken back or deleted, or pages turned off, answer
// 410 at the next request; drafts, other desks' claims and made-up addresses 404, never 500.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto } from '@/lib/validations/claim';
import { baseUrl, createMember, type Member } from './support/api';
import { createClaimLink, markClaim, publishClaim, shareArticleWithClaims } from './support/share-fixtures';
import { setSelfApproval } from './support/workspace-settings';

const database = new pg.Client({ connectionString: process.env.DATABASE_URL });

const EVIDENCE_NOTE = 'EVIDENCE-NOTE-team-only';
const REQUEST_NOTE = 'REQUEST-NOTE-team-only';
const REQUEST_TEXT = 'REQUEST-TEXT-please-correct-the-count';
const DRAFT_STATEMENT = 'DRAFT: the ferry was never late.';

let desk: Member;
let other: Member;
let slug: string;
let otherSlug: string;
let articleId: string;
let verdict: ClaimDto;
let draft: ClaimDto;
let othersVerdict: ClaimDto;
let permalink: string;

const permalinkOf = (workspaceSlug: string, claimId: string) => `${baseUrl}/p/${workspaceSlug}/verdicts/${claimId}`;

async function visit(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url.startsWith('http') ? url : `${baseUrl}${url}`, { headers, redirect: 'manual' });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

function jsonLd(html: string): { url?: string }[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? 'null'));
}

const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1] ?? null;

async function turnPublicPages(member: Member, enabled: boolean, workspaceSlug: string) {
  const response = await member.api.patch('/api/v1/workspace/public-pages', { enabled, slug: workspaceSlug });
  expect(response.status, response.text).toBe(200);
}

beforeAll(async () => {
  await database.connect();
  const stamp = Date.now().toString(36);
  [desk, other] = await Promise.all([createMember('permalink-desk'), createMember('permalink-other')]);
  await Promise.all([setSelfApproval(desk.user.workspace, true), setSelfApproval(other.user.workspace, true)]);
  slug = `verdicts-${stamp}`;
  otherSlug = `other-${stamp}`;

  articleId = (await shareArticleWithClaims(desk.api, 'Harbour figures')).id;
  verdict = await publishClaim(desk.api, articleId, 'the harbour bridge carried 40,000 cars a day in 2024', {
    statement: 'The bridge carried 40,000 cars a day.',
    claimant: 'The mayor',
    explanation: 'Traffic counts show 31,000.',
  });
  const evidence = await desk.api.post<{ id: string }>(`/api/v1/claims/${verdict.id}/evidence`, {
    url: 'https://stats.example/traffic-2024', title: 'Harbour traffic counts 2024', publisher: 'Statistics Office', stance: 'refutes',
  });
  expect(evidence.status).toBe(201);
  await database.query('UPDATE evidence SET "internalNote" = $1 WHERE id = $2', [EVIDENCE_NOTE, evidence.body.id]);
  const asked = await desk.api.post(`/api/v1/claims/${verdict.id}/correction-requests`, {
    recipientKind: 'regulator', recipientName: 'Harbour Press Council', channel: 'email', sentAt: '2026-11-02',
    request: REQUEST_TEXT, internalNote: REQUEST_NOTE,
  });
  expect(asked.status, asked.text).toBe(201);
  draft = await markClaim(desk.api, articleId, 'the ferry had never been late', { statement: DRAFT_STATEMENT });

  const othersArticle = (await shareArticleWithClaims(other.api, 'Other desk')).id;
  othersVerdict = await publishClaim(other.api, othersArticle, 'A third sentence says the toll will be scrapped');

  await turnPublicPages(desk, true, slug);
  await turnPublicPages(other, true, otherSlug);
  permalink = permalinkOf(slug, verdict.id);
});

afterAll(async () => {
  await database.end();
});

describe('a published verdict’s permalink', () => {
  it('is the shared verdict page, as cacheable HTML without script, its ClaimReview and canonical address the permalink', async () => {
    const page = await visit(permalink);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('public, no-cache');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'none'");
    expect(page.text).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    expect(page.text).toContain('The bridge carried 40,000 cars a day.');
    expect(page.text).toContain('Traffic counts show 31,000.');
    expect(page.text).toContain('Harbour traffic counts 2024');
    expect(page.text).toContain('Claim by The mayor');
    // The correction request, without its text or note (decision 039).
    expect(page.text).toContain('Correction requests');
    expect(page.text).toContain('Harbour Press Council');
    expect(canonicalOf(page.text)).toBe(permalink);
    expect(jsonLd(page.text)[0]).toMatchObject({ '@type': 'ClaimReview', url: permalink, claimReviewed: 'The bridge carried 40,000 cars a day.' });
    // It links to the methodology and the log, as a shared verdict page does.
    expect(page.text).toContain(`href="/p/${slug}/methodology"`);
    expect(page.text).toContain(`href="/p/${slug}/corrections"`);

    const etag = page.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect((await visit(permalink, { 'if-none-match': etag! })).status).toBe(304);

    const card = await fetch(`${permalink}/card.png`);
    expect(card.status).toBe(200);
    expect(card.headers.get('content-type')).toBe('image/png');
  });

  it('shows nothing internal: no notes, no request text, no drafts, no member addresses', async () => {
    const { text } = await visit(permalink);
    for (const secret of [EVIDENCE_NOTE, REQUEST_NOTE, REQUEST_TEXT, DRAFT_STATEMENT, desk.user.email, 'fds_']) {
      expect(text, secret).not.toContain(secret);
    }
  });

  it('makes a share link’s page name the permalink as its lasting address while the pages are public', async () => {
    const link = await createClaimLink(desk.api, verdict.id);
    const page = await visit(link.url);
    expect(page.status).toBe(200);
    expect(canonicalOf(page.text)).toBe(permalink);
    expect(jsonLd(page.text)[0]).toMatchObject({ url: permalink });
    // The desk's own export gives search engines the same address.
    const [review] = (await desk.api.get<{ url: string }[]>(`/api/v1/articles/${articleId}/export?format=claimreview`)).body;
    expect(review?.url).toBe(permalink);
  });

  it('is where every entry of the corrections log leads, in HTML, JSON and Atom, showing the corrected verdict', async () => {
    const corrected = await desk.api.patch<ClaimDto>(`/api/v1/claims/${verdict.id}`, {
      version: verdict.version, verdict: 'mostly_false', correctionReason: 'The council published newer counts.',
    });
    expect(corrected.status, corrected.text).toBe(200);
    verdict = corrected.body;

    const json = JSON.parse((await visit(`/p/${slug}/corrections.json`)).text) as { corrections: { url: string; reason: string }[] };
    expect(json.corrections).toHaveLength(1);
    expect(json.corrections[0]).toMatchObject({ url: permalink, reason: 'The council published newer counts.' });

    const html = (await visit(`/p/${slug}/corrections`)).text;
    expect(html).toContain(`href="${permalink}"`);

    const atom = (await visit(`/p/${slug}/corrections.atom`)).text;
    expect(atom).toContain(`<link rel="alternate" type="text/html" href="${permalink}"/>`);

    const followed = await visit(json.corrections[0]!.url);
    expect(followed.status).toBe(200);
    expect(followed.text).toContain('Mostly false');
    expect(followed.text).toContain('The council published newer counts.');
    expect(JSON.stringify(jsonLd(followed.text)[0])).toContain('"alternateName":"Mostly false"');
  });

  it('answers 404 for drafts, other desks’ claims and addresses that cannot be, never 500', async () => {
    const unknown = [
      permalinkOf(slug, draft.id),
      `${permalinkOf(slug, draft.id)}/card.png`,
      `${permalinkOf(slug, draft.id)}/sources/1`,
      permalinkOf(slug, othersVerdict.id),
      permalinkOf(otherSlug, verdict.id),
      permalinkOf(slug, 'clnotaclaimatall000000000'),
      permalinkOf('no-such-desk', verdict.id),
      permalinkOf(slug, 'x'.repeat(65)),
      permalinkOf(slug, 'bad.id'),
      permalinkOf(slug, "x'%20OR%20'1'='1"),
      permalinkOf('Not_A_Slug', verdict.id),
      `${permalink}/sources/0`,
      `${permalink}/sources/1`, // a source without an archived copy yet
    ];
    for (const url of unknown) {
      const answer = await visit(url);
      expect(answer.status, url).toBe(404);
      expect(answer.text, url).not.toContain('The bridge carried');
    }
    expect((await visit(permalinkOf(slug, '%ZZ'))).status).toBeLessThan(500);
    // The other desk's own verdict is public at its own address.
    expect((await visit(permalinkOf(otherSlug, othersVerdict.id))).status).toBe(200);
  });

  it('answers 410 at the next request once the verdict is taken back, and 200 when published again', async () => {
    const back = await desk.api.patch<ClaimDto>(`/api/v1/claims/${verdict.id}`, { version: verdict.version, status: 'needs_review' });
    expect(back.status, back.text).toBe(200);
    const gone = await visit(permalink);
    expect(gone.status).toBe(410);
    expect(gone.text).toContain('This fact-check is no longer published');
    expect(gone.text).not.toContain('The bridge carried');
    expect((await visit(`${permalink}/card.png`)).status).toBe(410);
    // A verdict taken back takes its history off the log, so no entry leads to a 410.
    expect(JSON.parse((await visit(`/p/${slug}/corrections.json`)).text).corrections).toEqual([]);

    const again = await desk.api.patch<ClaimDto>(`/api/v1/claims/${verdict.id}`, { version: back.body.version, status: 'published' });
    expect(again.status, again.text).toBe(200);
    verdict = again.body;
    expect((await visit(permalink)).status).toBe(200);
  });

  it('answers 410 once the claim is deleted, and 200 again when it is restored', async () => {
    expect((await visit(permalink)).status).toBe(200);
    expect((await desk.api.delete(`/api/v1/claims/${verdict.id}`)).status).toBe(204);
    expect((await visit(permalink)).status).toBe(410);
    expect((await desk.api.post(`/api/v1/claims/${verdict.id}/restore`)).status).toBe(200);
    expect((await visit(permalink)).status).toBe(200);
  });

  it('answers 410 once the desk turns its public pages off (a draft stays 404), and the link’s page stops naming it', async () => {
    const link = await createClaimLink(desk.api, verdict.id);
    await turnPublicPages(desk, false, slug);
    const gone = await visit(permalink);
    expect(gone.status).toBe(410);
    expect(gone.text).not.toContain('The bridge carried');
    expect((await visit(`${permalink}/card.png`)).status).toBe(410);
    expect((await visit(permalinkOf(slug, draft.id))).status).toBe(404);
    const shared = await visit(link.url);
    expect(shared.status).toBe(200);
    expect(shared.text).not.toContain(`/p/${slug}/`);
    expect(jsonLd(shared.text)[0]).toMatchObject({ url: link.url });

    await turnPublicPages(desk, true, slug);
    expect((await visit(permalink)).status).toBe(200);
  });
});
