// Story: an outlet edits a story after the desk imported it. The editor previews a link before
// importing it, is offered the existing article instead of a duplicate, and later checks the link
// for changes: a changed text becomes version 2 (version 1 stays), the claims follow their words
// by position, exact quote or approximate match, and a claim whose words were removed becomes an
// orphan that keeps its quote and verdict until someone re-attaches it.
//
// The pages come from a local server this file starts on 127.0.0.1:27833, which scripts/test.sh
// allow-lists for the app under test (27801 belongs to import-from-url.test.ts).
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDto, ArticleSummaryDto } from '@/lib/validations/article';
import type { ArticlePreviewDto, CheckForChangesResultDto, VersionDiffDto, VersionListItemDto } from '@/lib/validations/article-version';
import type { ClaimDto, ClaimEventDto } from '@/lib/validations/claim';
import type { OrphanNoteListDto } from '@/lib/validations/orphan-note';
import type { CreatedShareLinkDto } from '@/lib/validations/share-link';
import { createMember, createTeammate, send, type ApiError, type Member } from './support/api';
import { setSelfApproval } from './support/workspace-settings';

const PORT = 27833;
const origin = `http://127.0.0.1:${PORT}`;

const P1 = 'The harbour council met on Tuesday 🚢 to discuss the cruise season.';
const P2 = 'The mayor said unemployment in the port fell by 12 percent last year.';
const P3 = 'Critics said the figures were misleading and asked the auditor to review them.';
const P4 = 'The council will vote on a cap of 80 cruise visits a year in April.';

function page(title: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="canonical" href="${origin}/canonical/${encodeURIComponent(title)}">
<meta name="author" content="Ana Lima"><meta property="og:site_name" content="Harbour Herald"></head>
<body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

/** Each path serves whatever the test last put there. */
const pages = new Map<string, string>();
let server: Server;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', origin).pathname;
    if (path === '/slow') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.write('<!doctype html><html><body><p>Loading');
      setTimeout(() => response.end('</p></body></html>'), 13_000).unref();
      return;
    }
    if (path === '/huge') {
      // 6 MB of paragraphs, more than the 5 MB an import reads.
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.write('<!doctype html><html><head><title>Huge</title></head><body><article>');
      const chunk = `<p>${'A long paragraph of a very long story. '.repeat(25)}</p>`.repeat(100);
      let sent = 0;
      const more = () => {
        while (sent < 6 * 1024 * 1024) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', more);
        }
        response.end('</article></body></html>');
      };
      more();
      return;
    }
    const body = pages.get(path);
    if (body === undefined) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(PORT, '127.0.0.1', () => resolve());
  });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

type WithError = { error: ApiError & { reason?: string; existingArticleId?: string; match?: string } };

async function importLink(member: Member, path: string, extra: Record<string, unknown> = {}) {
  return member.api.post<ArticleDto & WithError>('/api/v1/articles', { url: `${origin}${path}`, ...extra });
}

async function mark(member: Member, article: ArticleDto, exact: string): Promise<ClaimDto> {
  const response = await member.api.post<ClaimDto>(`/api/v1/articles/${article.id}/claims`, { selector: { type: 'TextQuoteSelector', exact } });
  expect(response.status, response.text).toBe(201);
  return response.body;
}

describe('previewing a link before importing it', () => {
  it('shows what the page says and the beginning of the story, and saves nothing', async () => {
    const editor = await createMember('preview');
    pages.set('/preview', page('Cruise cap vote', [P1, P2]));
    const response = await editor.api.post<ArticlePreviewDto>('/api/v1/articles/preview', { url: `${origin}/preview` });
    expect(response.status, response.text).toBe(200);
    expect(response.body).toMatchObject({
      title: 'Cruise cap vote',
      author: 'Ana Lima',
      outlet: 'Harbour Herald',
      canonicalUrl: `${origin}/canonical/Cruise%20cap%20vote`,
      language: 'en',
      direction: 'ltr',
      duplicate: null,
    });
    expect(response.body.excerpt).toContain('🚢');
    expect((await editor.api.get<{ articles: unknown[] }>('/api/v1/articles')).body.articles).toHaveLength(0);
  });

  it('refuses what is not a link with 422, and a viewer with 403', async () => {
    const editor = await createMember('preview-bad');
    const bad = await editor.api.post<WithError>('/api/v1/articles/preview', { url: 'javascript:alert(1)' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toHaveProperty('url');
    const viewer = await createTeammate(editor, 'viewer');
    expect((await viewer.api.post('/api/v1/articles/preview', { url: `${origin}/preview` })).status).toBe(403);
  });
});

describe('importing a story that is already in the workspace', () => {
  it('answers 409 naming the existing article, by link or by text, unless the editor insists', async () => {
    const editor = await createMember('duplicate');
    pages.set('/dup', page('Duplicate story', [P1, P2]));
    pages.set('/dup-mirror', page('Mirror of the story', [P1, P2]));
    const first = await importLink(editor, '/dup');
    expect(first.status, first.text).toBe(201);

    const again = await importLink(editor, '/dup');
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'conflict', reason: 'duplicate', match: 'url', existingArticleId: first.body.id });
    expect(again.body.error.message).toContain('already in the workspace');

    const preview = await editor.api.post<ArticlePreviewDto>('/api/v1/articles/preview', { url: `${origin}/dup` });
    expect(preview.body.duplicate).toMatchObject({ id: first.body.id, match: 'url' });

    // Another address, same words.
    const mirror = await importLink(editor, '/dup-mirror');
    expect(mirror.status).toBe(409);
    expect(mirror.body.error).toMatchObject({ match: 'text', existingArticleId: first.body.id });

    expect((await importLink(editor, '/dup', { allowDuplicate: true })).status).toBe(201);
    // Another workspace has its own articles.
    expect((await importLink(await createMember('duplicate-other'), '/dup')).status).toBe(201);
  });
});

describe('checking a story for changes', () => {
  it('keeps the claims attached by position, quote or approximate match, and orphans the removed one', async () => {
    const editor = await createMember('changes');
    pages.set('/story', page('Port jobs', [P1, P2, P4, P3]));
    const article = (await importLink(editor, '/story')).body;
    const inPlace = await mark(editor, article, 'harbour council met on Tuesday 🚢');
    const removed = await mark(editor, article, 'unemployment in the port fell by 12 percent');
    const reworded = await mark(editor, article, 'Critics said the figures were misleading and asked the auditor to review them');
    const shifted = await mark(editor, article, 'a cap of 80 cruise visits a year');
    // The removed claim had a verdict: it must survive the change with it.
    const rated = await editor.api.patch<ClaimDto>(`/api/v1/claims/${removed.id}`, { version: removed.version, verdict: 'mostly_false' });
    expect(rated.status, rated.text).toBe(200);

    const unchanged = await editor.api.post<CheckForChangesResultDto>(`/api/v1/articles/${article.id}/check-for-changes`);
    expect(unchanged.status, unchanged.text).toBe(200);
    expect(unchanged.body).toMatchObject({ status: 'unchanged', version: { number: 1 } });

    // The mayor's sentence is gone, a paragraph is added, the critics' one reworded (its neighbours unchanged).
    pages.set('/story', page('Port jobs', [P1, 'The mayor declined to comment on jobs.', 'A new paragraph 🎉 was added.', P4, P3.replace('the figures', 'the numbers')]));
    const changed = await editor.api.post<CheckForChangesResultDto>(`/api/v1/articles/${article.id}/check-for-changes`);
    expect(changed.status, changed.text).toBe(201);
    expect(changed.body).toMatchObject({
      status: 'changed',
      previousVersion: 1,
      version: { number: 2, source: 'url', httpStatus: 200 },
      claims: { position: 1, quote: 1, fuzzy: 1, orphaned: 1 },
      orphans: [{ claimId: removed.id, exact: 'unemployment in the port fell by 12 percent' }],
    });

    const current = (await editor.api.get<ArticleDto>(`/api/v1/articles/${article.id}`)).body;
    expect(current.version.number).toBe(2);
    const claims = new Map((await editor.api.get<{ claims: ClaimDto[] }>(`/api/v1/articles/${article.id}/claims`)).body.claims.map((c) => [c.id, c]));
    const text = [...current.text];
    const at = (c: ClaimDto) => text.slice(c.start, c.end).join('');
    expect(claims.get(inPlace.id)).toMatchObject({ anchorState: 'anchored', anchorMethod: 'position', articleVersionId: current.version.id });
    expect(claims.get(shifted.id)).toMatchObject({ anchorState: 'anchored', anchorMethod: 'quote', articleVersionId: current.version.id });
    expect(at(claims.get(shifted.id)!)).toBe('a cap of 80 cruise visits a year');
    expect(claims.get(reworded.id)).toMatchObject({ anchorMethod: 'fuzzy', exact: 'Critics said the numbers were misleading and asked the auditor to review them' });
    expect(at(claims.get(reworded.id)!)).toBe('Critics said the numbers were misleading and asked the auditor to review them');
    // The orphan stays on version 1 with its quote, context and verdict.
    expect(claims.get(removed.id)).toMatchObject({
      anchorState: 'orphaned',
      articleVersionId: article.version.id,
      exact: removed.exact,
      prefix: removed.prefix,
      start: removed.start,
      verdict: { key: 'mostly_false' },
    });

    const history = await editor.api.get<{ events: ClaimEventDto[] }>(`/api/v1/claims/${reworded.id}/history`);
    expect(history.body.events).toContainEqual(expect.objectContaining({ kind: 'reanchored', field: 'anchor', from: 'created', to: 'fuzzy' }));
    const orphanHistory = await editor.api.get<{ events: ClaimEventDto[] }>(`/api/v1/claims/${removed.id}/history`);
    expect(orphanHistory.body.events).toContainEqual(expect.objectContaining({ kind: 'reanchored', to: expect.stringMatching(/^orphaned: /) }));

    const versions = await editor.api.get<{ versions: VersionListItemDto[] }>(`/api/v1/articles/${article.id}/versions`);
    expect(versions.body.versions.map((v) => v.number)).toEqual([2, 1]);
    // Version 1 is kept as it was fetched.
    expect((await editor.api.get(`/api/v1/articles/${article.id}/versions/1/raw`)).text).toContain(P2);

    const diff = await editor.api.get<VersionDiffDto>(`/api/v1/articles/${article.id}/versions/2/diff`);
    expect(diff.status, diff.text).toBe(200);
    expect(diff.body).toMatchObject({ from: 1, to: 2, summary: { same: 2, changed: 1, added: 2, removed: 1 } });
    expect(diff.body.changes).toContainEqual({ kind: 'removed', text: P2 });
    expect(diff.body.changes).toContainEqual({ kind: 'added', text: 'A new paragraph 🎉 was added.' });
    expect(diff.body.changes).toContainEqual(expect.objectContaining({ kind: 'changed', before: P3 }));
  });

  it('re-attaches an orphan to a new selection, once, and only in its own workspace', async () => {
    const editor = await createMember('reattach');
    pages.set('/reattach', page('Reattach', [P1, P2]));
    const article = (await importLink(editor, '/reattach')).body;
    const claim = await mark(editor, article, 'fell by 12 percent');
    pages.set('/reattach', page('Reattach', [P1, 'The mayor now says jobless numbers dropped by a tenth.']));
    expect((await editor.api.post<CheckForChangesResultDto>(`/api/v1/articles/${article.id}/check-for-changes`)).body).toMatchObject({ claims: { orphaned: 1 } });

    const current = (await editor.api.get<ArticleDto>(`/api/v1/articles/${article.id}`)).body;
    const words = 'dropped by a tenth';
    const start = [...current.text.slice(0, current.text.indexOf(words))].length;
    const selector = { type: 'TextPositionSelector', start, end: start + [...words].length };

    const stranger = await createMember('reattach-stranger');
    expect((await stranger.api.post(`/api/v1/claims/${claim.id}/reattach`, { selector })).status).toBe(404);
    const viewer = await createTeammate(editor, 'viewer');
    expect((await viewer.api.post(`/api/v1/claims/${claim.id}/reattach`, { selector })).status).toBe(403);
    expect((await editor.api.post(`/api/v1/claims/${claim.id}/reattach`, { selector, exact: 'something else' })).status).toBe(422);
    expect((await editor.api.post(`/api/v1/claims/${claim.id}/reattach`, { selector: { type: 'TextPositionSelector', start: 0 } })).status).toBe(422);

    const done = await editor.api.post<ClaimDto>(`/api/v1/claims/${claim.id}/reattach`, { selector, exact: words });
    expect(done.status, done.text).toBe(200);
    expect(done.body).toMatchObject({ anchorState: 'anchored', anchorMethod: 'manual', exact: words, articleVersionId: current.version.id });
    expect((await editor.api.post<WithError>(`/api/v1/claims/${claim.id}/reattach`, { selector })).status).toBe(409);
  });

  it('lets only an editor re-attach a published verdict, and its public page quotes the new words at once', async () => {
    const editor = await createMember('reattach-published');
    const checker = await createTeammate(editor, 'checker');
    pages.set('/reattach-published', page('Reattach published', [P1, P2]));
    const article = (await importLink(editor, '/reattach-published')).body;
    // The checker proposes a verdict on the claim; the editor approves it and shares it.
    const claim = await mark(checker, article, 'fell by 12 percent');
    const proposed = await checker.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, { version: claim.version, verdict: 'mostly_false', status: 'needs_review' });
    expect(proposed.status, proposed.text).toBe(200);
    expect((await editor.api.post(`/api/v1/claims/${claim.id}/approve`, { version: proposed.body.version })).status).toBe(200);
    const link = await editor.api.post<CreatedShareLinkDto>(`/api/v1/claims/${claim.id}/share-links`, {});
    expect(link.status, link.text).toBe(201);
    const publicPage = async () => (await send<string>('GET', new URL(link.body.url).pathname, { headers: { accept: 'text/html' } })).text;

    pages.set('/reattach-published', page('Reattach published', [P1, 'The mayor now says jobless numbers dropped by a tenth.']));
    expect((await editor.api.post<CheckForChangesResultDto>(`/api/v1/articles/${article.id}/check-for-changes`)).body).toMatchObject({ claims: { orphaned: 1 } });
    // A reader opens the page: it still quotes the lost words.
    expect(await publicPage()).toContain('fell by 12 percent');

    const current = (await editor.api.get<ArticleDto>(`/api/v1/articles/${article.id}`)).body;
    const words = 'dropped by a tenth';
    const start = [...current.text.slice(0, current.text.indexOf(words))].length;
    const selector = { type: 'TextPositionSelector', start, end: start + [...words].length };

    const refused = await checker.api.post<WithError>(`/api/v1/claims/${claim.id}/reattach`, { selector, exact: words });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/published.*editor/);
    const unchanged = (await editor.api.get<ClaimDto>(`/api/v1/claims/${claim.id}`)).body;
    expect(unchanged).toMatchObject({ anchorState: 'orphaned', exact: 'fell by 12 percent' });

    const done = await editor.api.post<ClaimDto>(`/api/v1/claims/${claim.id}/reattach`, { selector, exact: words });
    expect(done.status, done.text).toBe(200);
    expect(done.body).toMatchObject({ status: 'published', anchorState: 'anchored', exact: words });
    // Not after the public page cache expires: the next reader sees the new words.
    const after = await publicPage();
    expect(after).toContain(words);
    expect(after).not.toContain('fell by 12 percent');
  });

  it('flags the article as changed since review when the text changed after a verdict was published, and says so publicly', async () => {
    const editor = await createMember('changed-since-review');
    // One person's desk: they may approve their own verdict.
    await setSelfApproval(editor.user.workspace, true);
    pages.set('/reviewed', page('Reviewed story', [P1, P2]));
    const article = (await importLink(editor, '/reviewed')).body;
    const claim = await mark(editor, article, 'fell by 12 percent');
    const rated = await editor.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, { version: claim.version, verdict: 'mostly_false', status: 'published' });
    expect(rated.status, rated.text).toBe(200);
    const summary = async () => (await editor.api.get<{ articles: ArticleSummaryDto[] }>('/api/v1/articles')).body.articles.find((a) => a.id === article.id);
    expect((await summary())?.changedAfterReviewAt).toBeNull();
    // The public review is shared and read (and so cached) before the story changes.
    const link = await editor.api.post<CreatedShareLinkDto>(`/api/v1/articles/${article.id}/share-links`, {});
    expect(link.status, link.text).toBe(201);
    const publicPage = () => send<string>('GET', new URL(link.body.url).pathname, { headers: { accept: 'text/html' } });
    expect((await publicPage()).text).not.toContain('The story was edited by its publisher after this review');

    pages.set('/reviewed', page('Reviewed story', [P1, P2, P4]));
    const changed = await editor.api.post<CheckForChangesResultDto>(`/api/v1/articles/${article.id}/check-for-changes`);
    expect(changed.status).toBe(201);
    expect((await summary())?.changedAfterReviewAt).toBe(changed.body.version.importedAt);

    // The public review tells readers at once that the story changed after the review.
    const after = await publicPage();
    expect(after.status).toBe(200);
    expect(after.text).toContain('The story was edited by its publisher after this review');
  });

  it('tells why when the page is too slow or too large, and stores nothing', async () => {
    const editor = await createMember('changes-refused');
    pages.set('/moving', page('Moving story', [P1]));
    const article = (await importLink(editor, '/moving')).body;
    const huge = await editor.api.post<WithError>('/api/v1/articles', { url: `${origin}/huge` });
    expect(huge.status).toBe(422);
    expect(huge.body.error.reason).toBe('too_large');
    const slow = await editor.api.post<WithError>('/api/v1/articles/preview', { url: `${origin}/slow` });
    expect(slow.status).toBe(422);
    expect(slow.body.error.reason).toBe('timeout');

    pages.delete('/moving');
    const gone = await editor.api.post<WithError>(`/api/v1/articles/${article.id}/check-for-changes`);
    expect(gone.status).toBe(422);
    expect(gone.body.error.reason).toBe('http_error');
    expect((await editor.api.get<{ versions: unknown[] }>(`/api/v1/articles/${article.id}/versions`)).body.versions).toHaveLength(1);

    const pasted = (await editor.api.post<ArticleDto>('/api/v1/articles', { text: 'Pasted, no link.', title: 'Pasted' })).body;
    const noLink = await editor.api.post<WithError>(`/api/v1/articles/${pasted.id}/check-for-changes`);
    expect(noLink.status).toBe(422);
    expect(noLink.body.error.reason).toBe('no_link');
    const viewer = await createTeammate(editor, 'viewer');
    expect((await viewer.api.post(`/api/v1/articles/${article.id}/check-for-changes`)).status).toBe(403);
    expect((await (await createMember('changes-stranger')).api.post(`/api/v1/articles/${article.id}/check-for-changes`)).status).toBe(404);
  }, 30_000);
});

describe('why an orphan lost its place, and where it might go', () => {
  it('keeps the reason with the claim and offers the best rejected place, which one re-attach accepts', async () => {
    const editor = await createMember('orphan-reasons');
    pages.set('/orphan-reasons', page('Why orphans', [P1, P2, P4]));
    const article = (await importLink(editor, '/orphan-reasons')).body;
    const lost = await mark(editor, article, 'unemployment in the port fell by 12 percent');
    const kept = await mark(editor, article, 'a cap of 80 cruise visits a year');

    // No orphans yet: nothing to explain.
    expect((await editor.api.get<OrphanNoteListDto>(`/api/v1/articles/${article.id}/orphans`)).body).toEqual({ orphans: [] });

    // The outlet rewrites most of the mayor's claim.
    pages.set('/orphan-reasons', page('Why orphans', [P1, 'The mayor said joblessness at the docks dropped by 12 percent last year.', P4]));
    const changed = await editor.api.post<CheckForChangesResultDto>(`/api/v1/articles/${article.id}/check-for-changes`);
    expect(changed.status, changed.text).toBe(201);
    expect(changed.body).toMatchObject({ claims: { orphaned: 1 }, orphans: [{ claimId: lost.id, reason: 'low_score', detail: expect.stringMatching(/^Only \d+% of its words are still there/) }] });

    const notes = await editor.api.get<OrphanNoteListDto>(`/api/v1/articles/${article.id}/orphans`);
    expect(notes.status, notes.text).toBe(200);
    expect(notes.body.orphans).toHaveLength(1);
    const [note] = notes.body.orphans;
    expect(note).toMatchObject({
      claimId: lost.id,
      reason: 'low_score',
      versionNumber: 2,
      detail: expect.stringContaining('“joblessness at the docks dropped by 12 percent”'),
      suggestion: { exact: 'joblessness at the docks dropped by 12 percent', prefix: expect.stringMatching(/The mayor said $/), suffix: expect.stringMatching(/^ last year\./) },
    });
    // Positions are code points of the latest version (an emoji sits before them).
    const current = (await editor.api.get<ArticleDto>(`/api/v1/articles/${article.id}`)).body;
    expect([...current.text].slice(note!.suggestion!.start, note!.suggestion!.end).join('')).toBe('joblessness at the docks dropped by 12 percent');

    // Another workspace sees nothing of it.
    expect((await (await createMember('orphan-reasons-stranger')).api.get(`/api/v1/articles/${article.id}/orphans`)).status).toBe(404);

    // Accepting the suggestion is an ordinary re-attach with its selection.
    const { start, end, exact } = note!.suggestion!;
    const claims = (await editor.api.get<{ claims: ClaimDto[] }>(`/api/v1/articles/${article.id}/claims`)).body.claims;
    const orphan = claims.find((c) => c.id === lost.id)!;
    const attached = await editor.api.post<ClaimDto>(`/api/v1/claims/${lost.id}/reattach`, {
      selector: { type: 'TextPositionSelector', start, end },
      exact,
      version: orphan.version,
    });
    expect(attached.status, attached.text).toBe(200);
    expect(attached.body).toMatchObject({ anchorState: 'anchored', anchorMethod: 'manual', exact: 'joblessness at the docks dropped by 12 percent' });
    expect((await editor.api.get<OrphanNoteListDto>(`/api/v1/articles/${article.id}/orphans`)).body).toEqual({ orphans: [] });
    expect(claims.find((c) => c.id === kept.id)).toMatchObject({ anchorState: 'anchored' });
  });
});
