// Story: a desk's members learn what needs them without opening "My claims". Each event of the
// review workflow reaches exactly the people it concerns, never the one who acted; the inbox
// shows only what its reader may still open; the bell's count follows reads, and polls cheaply.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDto } from '@/lib/validations/article';
import type { ClaimDto } from '@/lib/validations/claim';
import type { MemberDto } from '@/lib/validations/member';
import { createArticle, createMember, createTeammate, send, type Member } from './support/api';
import { accept, invite } from './support/invitations';
import { inbox, kindsAbout, unreadCount } from './support/notifications';

// The article pages check-for-changes fetches again come from here (scripts/test.sh allow-lists it).
const PORT = 27871;
const origin = `http://127.0.0.1:${PORT}`;
let pageText = '';
let server: Server;

let admin: Member;
let editor: Member;
let checker: Member;
let colleague: Member;
let outsider: Member;
let article: ArticleDto;

const mark = async (member: Member, articleId: string, exact: string) =>
  (await member.api.post<ClaimDto>(`/api/v1/articles/${articleId}/claims`, { selector: { type: 'TextQuoteSelector', exact } })).body;

async function patch(member: Member, claim: ClaimDto, change: Record<string, unknown>): Promise<ClaimDto> {
  const response = await member.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, { version: claim.version, ...change });
  if (response.status !== 200) throw new Error(`PATCH failed: ${response.status} ${response.text}`);
  return response.body;
}

async function userIdOf(member: Member): Promise<string> {
  const list = await admin.api.get<{ members: MemberDto[] }>('/api/v1/members');
  return list.body.members.find((m) => m.email === member.user.email)!.userId;
}

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html><head><title>Harbour vote</title></head><body><article><h1>Harbour vote</h1><p>${pageText}</p></article></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
  admin = await createMember('notify-admin');
  [editor, checker, colleague] = await Promise.all([createTeammate(admin, 'editor'), createTeammate(admin, 'checker'), createTeammate(admin, 'checker')]);
  outsider = await createMember('notify-outsider');
  article = await createArticle(admin.api, { title: 'Budget', text: 'The minister said taxes fell by 3 percent. Spending rose to 40 billion. Debt was halved.' });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('the events of a claim', () => {
  let claim: ClaimDto;

  it('tells the assignee, not the editor who assigned', async () => {
    claim = await mark(editor, article.id, 'taxes fell by 3 percent');
    claim = await patch(editor, claim, { assigneeId: await userIdOf(checker) });
    const [notification] = await inbox(checker);
    expect(notification).toMatchObject({
      kind: 'assigned', claimId: claim.id, articleId: article.id, actorName: editor.user.name, excerpt: 'taxes fell by 3 percent', readAt: null,
    });
    expect(await kindsAbout(editor, claim.id)).toEqual([]);
    expect(await kindsAbout(admin, claim.id)).toEqual([]);
    expect(await kindsAbout(colleague, claim.id)).toEqual([]);
  });

  it('never tells you of your own action: assigning yourself', async () => {
    const own = await mark(colleague, article.id, 'Debt was halved');
    await patch(colleague, own, { assigneeId: await userIdOf(colleague) });
    expect(await kindsAbout(colleague, own.id)).toEqual([]);
  });

  it('tells the people mentioned in a comment, but not its author mentioning themself', async () => {
    const body = `@${editor.user.email} and @${colleague.user.email}, can you check the source? (cc @${checker.user.email})`;
    expect((await checker.api.post(`/api/v1/claims/${claim.id}/comments`, { body })).status).toBe(201);
    expect(await kindsAbout(editor, claim.id)).toEqual(['mentioned']);
    expect(await kindsAbout(colleague, claim.id)).toEqual(['mentioned']);
    expect(await kindsAbout(checker, claim.id)).toEqual(['assigned']);
    expect(await kindsAbout(admin, claim.id)).toEqual([]);
  });

  it('asks the editors and admins to review a proposal, not the checker who proposed it', async () => {
    claim = await patch(checker, claim, { verdict: 'false', explanation: 'The budget says 1 percent.', status: 'needs_review' });
    expect((await kindsAbout(editor, claim.id))[0]).toBe('review_requested');
    expect(await kindsAbout(admin, claim.id)).toEqual(['review_requested']);
    expect(await kindsAbout(checker, claim.id)).toEqual(['assigned']);
    expect(await kindsAbout(colleague, claim.id)).toEqual(['mentioned']);
  });

  it('tells the proposer it was sent back, with the comment', async () => {
    const comment = 'Which tax? Please add the treasury table as evidence.';
    const response = await editor.api.post<ClaimDto>(`/api/v1/claims/${claim.id}/send-back`, { version: claim.version, comment });
    expect(response.status).toBe(200);
    claim = response.body;
    const [notification] = await inbox(checker);
    expect(notification).toMatchObject({ kind: 'proposal_sent_back', claimId: claim.id, actorName: editor.user.name, comment });
    expect(await kindsAbout(admin, claim.id)).toEqual(['review_requested']);
    expect((await kindsAbout(editor, claim.id))[0]).toBe('review_requested');
  });

  it('tells the proposer it was approved', async () => {
    claim = await patch(checker, claim, { status: 'needs_review' });
    claim = await patch(editor, claim, { status: 'published' });
    expect((await kindsAbout(checker, claim.id))[0]).toBe('proposal_approved');
    expect(await kindsAbout(admin, claim.id)).toEqual(['review_requested', 'review_requested']);
  });

  it('tells everyone who worked on a verdict that it was corrected, except the corrector', async () => {
    claim = await patch(admin, claim, { verdict: 'mostly_false', correctionReason: 'The treasury revised its figure.' });
    expect((await kindsAbout(checker, claim.id))[0]).toBe('verdict_corrected');
    expect((await kindsAbout(editor, claim.id))[0]).toBe('verdict_corrected');
    expect(await kindsAbout(admin, claim.id)).not.toContain('verdict_corrected');
    expect(await kindsAbout(colleague, claim.id)).toEqual(['mentioned']);
  });
});

describe('an article you reviewed changed at its source', () => {
  it('tells the proposer and the approver of its published verdicts, not the one who checked', async () => {
    pageText = 'The port said 80 cruise ships docked last year.';
    const imported = await admin.api.post<ArticleDto>('/api/v1/articles', { url: `${origin}/harbour` });
    expect(imported.status).toBe(201);
    let claim = await mark(checker, imported.body.id, '80 cruise ships docked');
    claim = await patch(checker, claim, { verdict: 'true', status: 'needs_review' });
    await patch(editor, claim, { status: 'published' });

    pageText = 'The port said 80 cruise ships docked last year, more than ever.';
    expect((await editor.api.post(`/api/v1/articles/${imported.body.id}/check-for-changes`)).status).toBe(201);
    const [notification] = await inbox(checker);
    expect(notification).toMatchObject({ kind: 'article_changed', claimId: null, articleId: imported.body.id, excerpt: 'Harbour vote' });
    expect(await kindsAbout(editor, imported.body.id)).toEqual([]);
    expect(await kindsAbout(colleague, imported.body.id)).toEqual([]);
  });
});

describe('an invitation you sent was accepted', () => {
  it('tells the admin who made the link', async () => {
    const desk = await createMember('notify-inviter');
    const link = await invite(desk.api, { role: 'checker' });
    const joiner = await createMember('notify-joiner');
    expect((await accept(joiner.api, link.token)).status).toBe(200);
    const [notification] = await inbox(desk);
    expect(notification).toMatchObject({ kind: 'invitation_accepted', claimId: null, articleId: null, excerpt: joiner.user.name });
  });
});

describe('what a notification may show', () => {
  it('hides notifications about a claim deleted since, from the list and the count', async () => {
    const claim = await mark(editor, article.id, 'Spending rose to 40 billion');
    await patch(editor, claim, { assigneeId: await userIdOf(colleague) });
    const before = await unreadCount(colleague);
    expect(await kindsAbout(colleague, claim.id)).toEqual(['assigned']);
    const current = (await editor.api.get<ClaimDto>(`/api/v1/claims/${claim.id}`)).body;
    expect((await editor.api.delete(`/api/v1/claims/${claim.id}?version=${current.version}`)).status).toBe(204);
    expect(await kindsAbout(colleague, claim.id)).toEqual([]);
    expect(await unreadCount(colleague)).toBe(before - 1);
  });

  it('shows a removed member nothing of the workspace they left', async () => {
    const leaver = await createTeammate(admin, 'checker');
    const claim = await mark(editor, article.id, 'Debt was halved');
    await patch(editor, claim, { assigneeId: await userIdOf(leaver) });
    expect(await kindsAbout(leaver, claim.id)).toEqual(['assigned']);
    expect((await admin.api.delete(`/api/v1/members/${await userIdOf(leaver)}`)).status).toBe(204);
    expect((await leaver.api.get('/api/v1/notifications')).status).not.toBe(200);
    expect((await leaver.api.get('/api/v1/notifications/unread-count')).status).not.toBe(200);
  });

  it('keeps each member to their own inbox, in their own workspace', async () => {
    const mine = await inbox(checker);
    expect(mine.length).toBeGreaterThan(0);
    expect(await inbox(outsider)).toEqual([]);
    expect((await outsider.api.post(`/api/v1/notifications/${mine[0]!.id}/read`)).status).toBe(404);
    expect((await colleague.api.post(`/api/v1/notifications/${mine[0]!.id}/read`)).status).toBe(404);
    expect((await outsider.api.post('/api/v1/notifications/read-all')).body).toEqual({ marked: 0 });
    expect((await inbox(checker))[0]!.readAt).toBeNull();
    expect((await send('GET', '/api/v1/notifications')).status).toBe(401);
  });
});

describe('reading notifications', () => {
  it('counts unread ones, answers 304 while the count holds, and marks one or all read', async () => {
    const first = await checker.api.get<{ count: number }>('/api/v1/notifications/unread-count');
    expect(first.status).toBe(200);
    const unread = first.body.count;
    expect(unread).toBe((await inbox(checker)).filter((n) => n.readAt === null).length);
    const etag = first.headers.get('etag')!;
    expect((await checker.api.send('GET', '/api/v1/notifications/unread-count', { headers: { 'if-none-match': etag } })).status).toBe(304);

    const [newest] = await inbox(checker);
    expect((await checker.api.post(`/api/v1/notifications/${newest!.id}/read`)).status).toBe(204);
    expect((await checker.api.post(`/api/v1/notifications/${newest!.id}/read`)).status).toBe(204);
    const after = await checker.api.send<{ count: number }>('GET', '/api/v1/notifications/unread-count', { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(after.body.count).toBe(unread - 1);
    expect((await inbox(checker))[0]!.readAt).not.toBeNull();

    expect((await checker.api.post<{ marked: number }>('/api/v1/notifications/read-all')).body).toEqual({ marked: unread - 1 });
    expect(await unreadCount(checker)).toBe(0);
    expect(await unreadCount(editor)).toBeGreaterThan(0);
  });

  it('pages newest first with a cursor', async () => {
    const all = await inbox(editor);
    const first = await editor.api.get<{ notifications: { id: string }[]; nextCursor: string }>('/api/v1/notifications?limit=1');
    expect(first.body.notifications.map((n) => n.id)).toEqual([all[0]!.id]);
    const second = await editor.api.get<{ notifications: { id: string }[] }>(`/api/v1/notifications?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.notifications.map((n) => n.id)).toEqual([all[1]!.id]);
    expect((await editor.api.get('/api/v1/notifications?cursor=nonsense')).status).toBe(400);
  });
});
