// Story: versions for every article (decision 042). A pasted transcript is corrected: the editor
// adds the revised text and the claims follow their words (or become orphans); the same text again
// adds nothing. The desk reads the version history, compares any two versions and reads an old
// version with its claims where they stood then. Details are corrected after import, with the
// change kept in the article's history. An article imported by mistake is deleted: it leaves the
// lists, search and claims view, its share links answer 410, a non-admin cannot restore it, an
// admin can. And the scheduled check fetches a link-imported story again: a new version when the
// page changed, nothing when it did not.
//
// The pages come from a local server this file starts on 127.0.0.1:27860 (scripts/test.sh
// allow-lists it for the app under test).
import { createServer, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDto, ArticleSummaryDto } from '@/lib/validations/article';
import type { AddVersionResultDto, VersionDiffDto, VersionListItemDto } from '@/lib/validations/article-version';
import type { ArticleEventDto, ArticleVersionDetailDto, DeletedArticleDto } from '@/lib/validations/article-revision';
import type { ClaimDto } from '@/lib/validations/claim';
import type { SearchResultsDto } from '@/lib/validations/search';
import type { ClaimsViewPageDto } from '@/lib/validations/claims-view';
import type { CreatedShareLinkDto } from '@/lib/validations/share-link';
import { createArticle, createMember, createTeammate, type ApiError, type Member } from './support/api';
import { createClaimLink, markClaim, publishClaim } from './support/share-fixtures';
import { setSelfApproval } from './support/workspace-settings';
import { sql } from './support/database';
import { eventually } from './support/eventually';

const PORT = 27860;
const origin = `http://127.0.0.1:${PORT}`;
const pages = new Map<string, string>();
let server: Server;

let admin: Member;
let editor: Member;
let otherEditor: Member;

function page(title: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

const P1 = 'The minister opened the session at nine and thanked the interpreters.';
// The claims' context (32 characters each side) stays inside their own paragraph, so that only
// their position changes when paragraphs around them do.
const P2 = 'According to the health minister, who spoke first, the new clinic treated 4,000 patients in its first month, more than the old hospital did in a year.';
const P3 = 'An opposition member claimed the budget had doubled since 2020.';
const P4 = 'The session closed with a vote on the water plan.';

beforeAll(async () => {
  server = createServer((request, response) => {
    const body = pages.get(new URL(request.url ?? '/', origin).pathname);
    if (body === undefined) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(PORT, '127.0.0.1', () => resolve());
  });
  admin = await createMember('versions-admin');
  [editor, otherEditor] = await Promise.all([createTeammate(admin, 'editor'), createTeammate(admin, 'editor')]);
  await setSelfApproval(admin.user.workspace, true);
}, 180_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const versionsOf = async (member: Member, articleId: string) =>
  (await member.api.get<{ versions: VersionListItemDto[] }>(`/api/v1/articles/${articleId}/versions`)).body.versions;

describe('a revised text for a pasted article', () => {
  let article: ArticleDto;
  let kept: ClaimDto;
  let lost: ClaimDto;

  beforeAll(async () => {
    article = await createArticle(editor.api, { title: 'Session transcript', text: [P1, P2, P3].join('\n\n') });
    kept = await markClaim(editor.api, article.id, 'the new clinic treated 4,000 patients');
    lost = await markClaim(editor.api, article.id, 'the budget had doubled since 2020');
  });

  it('becomes version 2 with the claims re-anchored: one moved with its words, one orphaned', async () => {
    const revised = [P1, 'A correction was read into the record.', P2, P4].join('\n\n');
    const response = await editor.api.post<AddVersionResultDto>(`/api/v1/articles/${article.id}/versions`, { text: revised });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ status: 'changed', previousVersion: 1, version: { number: 2, source: 'api', claimsMoved: 1, claimsOrphaned: 1 } });
    if (response.body.status !== 'changed') throw new Error('expected a new version');
    expect(response.body.claims.orphaned).toBe(1);
    expect(response.body.orphans.map((o) => o.claimId)).toEqual([lost.id]);

    const claims = (await editor.api.get<{ claims: ClaimDto[] }>(`/api/v1/articles/${article.id}/claims`)).body.claims;
    const movedNow = claims.find((c) => c.id === kept.id)!;
    expect(movedNow).toMatchObject({ anchorState: 'anchored', articleVersionId: response.body.version.id, exact: kept.exact });
    expect(movedNow.start).toBeGreaterThan(kept.start);
    expect(claims.find((c) => c.id === lost.id)).toMatchObject({ anchorState: 'orphaned', articleVersionId: kept.articleVersionId });
    const current = (await editor.api.get<ArticleDto>(`/api/v1/articles/${article.id}`)).body;
    expect(current.version.number).toBe(2);
    expect(current.text).toContain('A correction was read into the record.');
  });

  it('adds nothing when the text is the same as the latest version, and says so', async () => {
    const same = [P1, 'A correction was read into the record.', P2, P4].join('\n\n');
    const response = await editor.api.post<AddVersionResultDto>(`/api/v1/articles/${article.id}/versions`, { text: same });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'unchanged', version: { number: 2 } });
    expect((await versionsOf(editor, article.id)).map((v) => v.number)).toEqual([2, 1]);
  });

  it('runs once per Idempotency-Key: a retried request gets the first answer, not version 4', async () => {
    const key = `revise-${randomBytes(6).toString('hex')}`;
    const send = () =>
      editor.api.send<AddVersionResultDto>('POST', `/api/v1/articles/${article.id}/versions`, {
        json: { html: `<p>${P1}</p><p>${P2}</p><p>${P4}</p>` },
        headers: { 'Idempotency-Key': key },
      });
    const first = await send();
    const retry = await send();
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect((await versionsOf(editor, article.id)).map((v) => v.number)).toEqual([3, 2, 1]);
  });

  it('lists the versions newest first with source, hash and claims moved or orphaned', async () => {
    const versions = await versionsOf(admin, article.id);
    expect(versions.map((v) => [v.number, v.source])).toEqual([
      [3, 'api'],
      [2, 'api'],
      [1, 'api'],
    ]);
    expect(versions[2]).toMatchObject({ claimsMoved: null, claimsOrphaned: null });
    expect(versions[1]).toMatchObject({ claimsMoved: 1, claimsOrphaned: 1 });
    expect(versions[0]!.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('compares any two versions, in either order, and refuses a pair that is not two versions', async () => {
    const diff = await admin.api.get<VersionDiffDto>(`/api/v1/articles/${article.id}/versions/diff?from=1&to=3`);
    expect(diff.status).toBe(200);
    expect(diff.body).toMatchObject({ from: 1, to: 3 });
    // P3 gave way to P4: removed and added, or paired as one rewritten paragraph.
    const replaced = (d: VersionDiffDto, before: string, after: string) =>
      d.changes.some((c) => c.kind === 'changed' && c.before === before && c.after === after) ||
      (d.changes.some((c) => c.kind === 'removed' && c.text === before) && d.changes.some((c) => c.kind === 'added' && c.text === after));
    expect(replaced(diff.body, P3, P4)).toBe(true);
    const backwards = await admin.api.get<VersionDiffDto>(`/api/v1/articles/${article.id}/versions/diff?from=3&to=1`);
    expect(backwards.status).toBe(200);
    expect(backwards.body).toMatchObject({ from: 3, to: 1 });
    expect(replaced(backwards.body, P4, P3)).toBe(true);
    expect((await admin.api.get<{ error: ApiError }>(`/api/v1/articles/${article.id}/versions/diff?from=2&to=2`)).status).toBe(422);
    expect((await admin.api.get(`/api/v1/articles/${article.id}/versions/diff?from=1&to=9`)).status).toBe(404);
    expect((await admin.api.get(`/api/v1/articles/${article.id}/versions/diff?from=one&to=2`)).status).toBe(422);
  });

  it('reads an old version frozen, with its claims where they stood then', async () => {
    const v1 = await admin.api.get<ArticleVersionDetailDto>(`/api/v1/articles/${article.id}/versions/1`);
    expect(v1.status).toBe(200);
    expect(v1.body).toMatchObject({ number: 1, latest: false, text: [P1, P2, P3].join('\n\n') });
    expect(v1.body.claims).toEqual([
      expect.objectContaining({ id: kept.id, start: kept.start, end: kept.end, exact: kept.exact, orphaned: false }),
      expect.objectContaining({ id: lost.id, start: lost.start, end: lost.end, orphaned: true }),
    ]);
    const chars = Array.from(v1.body.text);
    expect(chars.slice(kept.start, kept.end).join('')).toBe(kept.exact);

    const v3 = await admin.api.get<ArticleVersionDetailDto>(`/api/v1/articles/${article.id}/versions/3`);
    expect(v3.body.latest).toBe(true);
    expect(v3.body.claims.map((c) => c.id)).toEqual([kept.id]);
    expect((await admin.api.get(`/api/v1/articles/${article.id}/versions/7`)).status).toBe(404);
  });

  it('takes the revised text from a link too, and refuses a body without exactly one source', async () => {
    pages.set('/transcript', page('Session transcript', [P1, P2, P3, P4]));
    const fromLink = await editor.api.post<AddVersionResultDto>(`/api/v1/articles/${article.id}/versions`, { url: `${origin}/transcript` });
    expect(fromLink.status).toBe(201);
    expect(fromLink.body).toMatchObject({ status: 'changed', version: { number: 4, source: 'url' } });
    expect((await editor.api.post(`/api/v1/articles/${article.id}/versions`, { text: 'a', url: `${origin}/transcript` })).status).toBe(422);
    expect((await editor.api.post(`/api/v1/articles/${article.id}/versions`, {})).status).toBe(422);
    const viewer = await createTeammate(admin, 'viewer');
    expect((await viewer.api.post(`/api/v1/articles/${article.id}/versions`, { text: 'Anything' })).status).toBe(403);
  });
});

describe('correcting an article’s details', () => {
  it('changes the fields given, records who changed what from what, and refuses a stale version', async () => {
    const article = await createArticle(editor.api, { title: 'Clinc opens', outlet: 'Daily Nws', text: P2 });
    expect(article.metadataVersion).toBe(1);
    const patched = await editor.api.patch<ArticleDto>(`/api/v1/articles/${article.id}`, {
      metadataVersion: 1,
      title: 'Clinic opens',
      outlet: 'Daily News',
      author: 'R. Ortiz',
      publishedAt: '2026-11-30',
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ title: 'Clinic opens', outlet: 'Daily News', author: 'R. Ortiz', metadataVersion: 2 });
    expect(patched.body.publishedAt).toBe('2026-11-30T00:00:00.000Z');

    const history = await admin.api.get<{ events: ArticleEventDto[] }>(`/api/v1/articles/${article.id}/history`);
    const changes = history.body.events.filter((e) => e.kind === 'metadata_changed').map((e) => [e.field, e.from, e.to, e.actorName]);
    expect(changes).toEqual(
      expect.arrayContaining([
        ['title', 'Clinc opens', 'Clinic opens', editor.user.name],
        ['outlet', 'Daily Nws', 'Daily News', editor.user.name],
        ['author', null, 'R. Ortiz', editor.user.name],
      ]),
    );

    const stale = await otherEditor.api.patch<{ error: ApiError }>(`/api/v1/articles/${article.id}`, { metadataVersion: 1, title: 'Overwritten' });
    expect(stale.status).toBe(409);
    expect((await editor.api.get<ArticleDto>(`/api/v1/articles/${article.id}`)).body.title).toBe('Clinic opens');
    expect((await editor.api.patch(`/api/v1/articles/${article.id}`, { metadataVersion: 2, title: '' })).status).toBe(422);
  });
});

describe('deleting an article imported by mistake', () => {
  const tag = `wrongimport${randomBytes(4).toString('hex')}`;
  let article: ArticleDto;
  let claim: ClaimDto;
  let link: CreatedShareLinkDto;
  let articleLink: CreatedShareLinkDto;

  beforeAll(async () => {
    article = await createArticle(admin.api, { title: `Imported by mistake ${tag}`, text: `${P2} ${tag}\n\n${P3}` });
    claim = await publishClaim(admin.api, article.id, 'the new clinic treated 4,000 patients', { statement: `The clinic treated 4,000 patients (${tag})` });
    link = await createClaimLink(admin.api, claim.id);
    const shared = await admin.api.post<CreatedShareLinkDto>(`/api/v1/articles/${article.id}/share-links`, {});
    expect(shared.status).toBe(201);
    articleLink = shared.body;
  });

  const listed = async () => (await admin.api.get<{ articles: ArticleSummaryDto[] }>('/api/v1/articles?limit=100')).body.articles.map((a) => a.id);
  const searched = async () => (await admin.api.get<SearchResultsDto>(`/api/v1/search?q=${tag}`)).body.results.map((r) => `${r.kind}:${r.id}`);
  const claimsView = async () => (await admin.api.get<ClaimsViewPageDto>('/api/v1/claims?limit=100')).body.items.map((c) => c.id);
  const publicStatus = async (url: string) => (await fetch(url, { redirect: 'manual' })).status;

  it('is gone from the lists, search and the claims view; its share links answer 410', async () => {
    expect(await listed()).toContain(article.id);
    expect(await searched()).toEqual(expect.arrayContaining([`article:${article.id}`, `claim:${claim.id}`]));
    expect(await publicStatus(link.url)).toBe(200);

    const deleted = await editor.api.delete<{ id: string; restorableUntil: string }>(`/api/v1/articles/${article.id}`);
    expect(deleted.status).toBe(200);
    expect(Date.parse(deleted.body.restorableUntil) - Date.now()).toBeGreaterThan(29 * 86_400_000);

    expect((await admin.api.get(`/api/v1/articles/${article.id}`)).status).toBe(404);
    expect((await admin.api.get(`/api/v1/claims/${claim.id}`)).status).toBe(404);
    expect(await listed()).not.toContain(article.id);
    expect(await searched()).toEqual([]);
    expect(await claimsView()).not.toContain(claim.id);
    expect(await publicStatus(link.url)).toBe(410);
    expect(await publicStatus(articleLink.url)).toBe(410);
    // Its claim cannot come back on its own while the article is deleted.
    expect((await admin.api.post(`/api/v1/claims/${claim.id}/restore`)).status).toBe(404);
  });

  it('is listed for admins as recently deleted; another editor may not restore it', async () => {
    const recent = await admin.api.get<{ articles: DeletedArticleDto[] }>('/api/v1/articles/deleted');
    expect(recent.body.articles.find((a) => a.id === article.id)).toMatchObject({ title: article.title, deletedByName: editor.user.name });
    expect((await otherEditor.api.get('/api/v1/articles/deleted')).status).toBe(403);
    expect((await otherEditor.api.post(`/api/v1/articles/${article.id}/restore`)).status).toBe(403);
  });

  it('comes back with its claim, in the lists and search, when an admin restores it', async () => {
    const restored = await admin.api.post<ArticleDto>(`/api/v1/articles/${article.id}/restore`);
    expect(restored.status).toBe(200);
    expect(await listed()).toContain(article.id);
    expect(await searched()).toEqual(expect.arrayContaining([`article:${article.id}`, `claim:${claim.id}`]));
    expect(await claimsView()).toContain(claim.id);
    expect(await publicStatus(link.url)).toBe(200);
    expect((await admin.api.post(`/api/v1/articles/${article.id}/restore`)).status).toBe(404);
  });

  it('lets the member who deleted it undo at once', async () => {
    const slip = await createArticle(otherEditor.api, { title: 'A slip', text: P4 });
    expect((await otherEditor.api.delete(`/api/v1/articles/${slip.id}`)).status).toBe(200);
    expect((await otherEditor.api.post(`/api/v1/articles/${slip.id}/restore`)).status).toBe(200);
    expect((await otherEditor.api.get(`/api/v1/articles/${slip.id}`)).status).toBe(200);
  });
});

describe('the scheduled check for changes', () => {
  it('makes a version when the page changed and nothing when it did not, and tells who reviewed it', async () => {
    const settings = await admin.api.patch<{ changeCheckSchedule: string }>('/api/v1/workspace', { changeCheckSchedule: 'daily_then_weekly' });
    expect(settings.status).toBe(200);
    expect(settings.body.changeCheckSchedule).toBe('daily_then_weekly');

    pages.set('/scheduled', page('Water plan vote', [P1, P4]));
    const imported = await editor.api.post<ArticleDto>('/api/v1/articles', { url: `${origin}/scheduled` });
    expect(imported.status).toBe(201);
    const articleId = imported.body.id;
    await publishClaim(admin.api, articleId, 'The session closed with a vote on the water plan');

    // A day passes (the clock is the database's): the story is due, and the page changed meanwhile.
    pages.set('/scheduled', page('Water plan vote', [P1, 'The vote was postponed to Friday.', P4]));
    await sql(`UPDATE article SET "lastCheckedAt" = now() - interval '2 days', "createdAt" = now() - interval '2 days' WHERE id = $1`, [articleId]);
    const versions = await eventually(() => versionsOf(editor, articleId), (v) => v.length === 2, 'the scheduled check to add version 2');
    expect(versions[0]).toMatchObject({ number: 2, source: 'url', claimsMoved: 1, claimsOrphaned: 0 });
    const notified = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM notification WHERE "articleId" = $1 AND kind = 'article_changed'`, [articleId]);
    expect(notified[0]!.n).toBeGreaterThan(0);

    // That check has recorded itself before the clock is turned back again.
    await eventually(
      () => sql<{ recent: boolean }>(`SELECT "lastCheckedAt" > now() - interval '1 hour' AS recent FROM article WHERE id = $1`, [articleId]),
      ([row]) => row!.recent,
      'the first scheduled check to be recorded',
    );
    // Due again, the page unchanged: the check runs (lastCheckedAt moves) and adds nothing.
    const [{ before }] = await sql<{ before: Date }>(
      `UPDATE article SET "lastCheckedAt" = now() - interval '2 days' WHERE id = $1 RETURNING "lastCheckedAt" AS before`,
      [articleId],
    ) as [{ before: Date }];
    await eventually(
      () => sql<{ at: Date }>(`SELECT "lastCheckedAt" AS at FROM article WHERE id = $1`, [articleId]),
      ([row]) => row!.at.getTime() > before.getTime() + 86_400_000,
      'the scheduled check to fetch the page again',
    );
    expect((await versionsOf(editor, articleId)).map((v) => v.number)).toEqual([2, 1]);

    // Off: nothing is fetched.
    await admin.api.patch('/api/v1/workspace', { changeCheckSchedule: 'off' });
  });
});
