// Story: a desk publishes how it works (decision 040). Its methodology and corrections log are
// off until an admin turns them on with an address; then anyone reads them without signing in,
// without JavaScript, as JSON and (the log) as Atom; a correction of a published verdict shows
// up in the log; public verdict pages link to both; turned off, they are gone at the next request.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto } from '@/lib/validations/claim';
import type { PublicPagesSettingsDto } from '@/lib/validations/public-pages';
import { baseUrl, createMember, createTeammate, type Member } from './support/api';
import { createClaimLink, publishClaim, shareArticleWithClaims } from './support/share-fixtures';
import { setSelfApproval } from './support/workspace-settings';

let admin: Member;
let slug: string;
let claim: ClaimDto;
let verdictPage: string;

const visit = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(path.startsWith('http') ? path : `${baseUrl}${path}`, { headers, redirect: 'manual' });
  return { status: response.status, headers: response.headers, text: await response.text() };
};

beforeAll(async () => {
  admin = await createMember('public-pages');
  await setSelfApproval(admin.user.workspace, true);
  slug = `desk-${Date.now().toString(36)}`;
  const articleId = (await shareArticleWithClaims(admin.api, 'Harbour figures')).id;
  claim = await publishClaim(admin.api, articleId, 'the harbour bridge carried 40,000 cars a day in 2024', {
    statement: 'The bridge carried 40,000 cars a day.',
    explanation: 'Traffic counts show 31,000.',
  });
  verdictPage = (await createClaimLink(admin.api, claim.id)).url;
});

describe('a workspace’s public methodology and corrections log', () => {
  it('are off by default: 404 at any address, and the verdict page does not link to them', async () => {
    const settings = (await admin.api.get<PublicPagesSettingsDto>('/api/v1/workspace/public-pages')).body;
    expect(settings).toMatchObject({ enabled: false, slug: null, methodologyUrl: null });
    for (const path of ['methodology', 'methodology.json', 'corrections', 'corrections.json', 'corrections.atom']) {
      expect((await visit(`/p/${slug}/${path}`)).status, path).toBe(404);
    }
    expect((await visit(verdictPage)).text).not.toContain('/methodology');
  });

  it('cannot be turned on without an address, nor by an editor', async () => {
    expect((await admin.api.patch('/api/v1/workspace/public-pages', { enabled: true })).status).toBe(422);
    expect((await admin.api.patch('/api/v1/workspace/public-pages', { slug: 'Not A Slug!' })).status).toBe(422);
    const editor = await createTeammate(admin, 'editor');
    expect((await editor.api.patch('/api/v1/workspace/public-pages', { enabled: true, slug })).status).toBe(403);
  });

  it('once on, the methodology is a page without script: the scale with definitions and the process in the desk’s words', async () => {
    const markdown = '# Two editors\n\nEvery verdict is read by **two** editors. <script>alert(1)</script>';
    const turnedOn = await admin.api.patch<PublicPagesSettingsDto>('/api/v1/workspace/public-pages', { enabled: true, slug, methodologyMarkdown: markdown });
    expect(turnedOn.status).toBe(200);
    expect(turnedOn.body.methodologyUrl).toMatch(new RegExp(`/p/${slug}/methodology$`));

    const page = await visit(`/p/${slug}/methodology`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('public, no-cache');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'none'");
    expect(page.text).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    expect(page.text).toContain('Mostly true');
    expect(page.text).toContain('The statement is accurate but needs clarification or additional information.');
    expect(page.text).toContain('<strong>two</strong>');
    expect(page.text).not.toContain('alert(1)');
    // Strong ETag: an unchanged page is a 304.
    expect((await visit(`/p/${slug}/methodology`, { 'if-none-match': page.headers.get('etag')! })).status).toBe(304);

    const json = await visit(`/p/${slug}/methodology.json`);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    const body = JSON.parse(json.text);
    expect(body.scale).toMatchObject({ worst: 1, best: 5 });
    expect(body.scale.ratings[0]).toMatchObject({ key: 'true', label: 'True', value: 5 });
    expect(body.process.markdown).toBe(markdown);
  });

  it('lists a correction of a published verdict, newest first, in HTML, JSON and Atom, and verdict pages link to both', async () => {
    const corrected = await admin.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, {
      version: claim.version,
      verdict: 'mostly_false',
      correctionReason: 'The council published newer counts.',
    });
    expect(corrected.status).toBe(200);

    const log = await visit(`/p/${slug}/corrections`);
    expect(log.status).toBe(200);
    expect(log.text).toContain('The bridge carried 40,000 cars a day.');
    expect(log.text).toContain('Verdict corrected from False to Mostly false. Reason: The council published newer counts.');

    const json = JSON.parse((await visit(`/p/${slug}/corrections.json`)).text);
    expect(json.corrections).toHaveLength(1);
    expect(json.corrections[0]).toMatchObject({
      from: { key: 'false', label: 'False' },
      to: { key: 'mostly_false', label: 'Mostly false' },
      reason: 'The council published newer counts.',
      article: { title: 'Harbour figures', url: 'https://news.example/harbour' },
    });

    const atom = await visit(`/p/${slug}/corrections.atom`);
    expect(atom.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    expect(atom.text).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(atom.text.match(/<entry>/g)).toHaveLength(1);
    expect(atom.text).toContain(`<updated>${json.corrections[0].at}</updated>`);

    const verdict = await visit(verdictPage);
    expect(verdict.text).toContain(`href="/p/${slug}/methodology"`);
    expect(verdict.text).toContain(`href="/p/${slug}/corrections"`);
  });

  it('are gone at the next request once turned off (410), and the verdict page stops linking', async () => {
    expect((await admin.api.patch('/api/v1/workspace/public-pages', { enabled: false })).status).toBe(200);
    for (const path of ['methodology', 'methodology.json', 'corrections', 'corrections.json', 'corrections.atom']) {
      expect((await visit(`/p/${slug}/${path}`)).status, path).toBe(410);
    }
    expect((await visit(verdictPage)).text).not.toContain(`/p/${slug}/`);
  });
});
