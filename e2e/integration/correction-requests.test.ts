// Story: the desk asks the publisher to correct a claim (whom, how, when, what), later records
// the answer and the outcome with a link to the correction; every change is in the request's
// history. When the story changes so that the claim moves, changes or disappears while a request
// is open, the request is flagged "publisher may have corrected: confirm" until someone sets an
// outcome. The desk lists open requests oldest first with their age; the report and the public
// verdict page show whom, how, when, the outcome and the correction, never the internal note.
//
// The story's pages come from a local server this file starts on 127.0.0.1:27855, which
// scripts/test.sh allow-lists for the app under test.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto, ClaimEventDto } from '@/lib/validations/claim';
import type {
  CorrectionRequestDto,
  CorrectionRequestEventDto,
  DeskCorrectionRequestDto,
} from '@/lib/validations/correction-request';
import type { ReviewReportJson } from '@/lib/core/exports';
import { baseUrl, createArticle, createMember, createTeammate, type ApiError, type Member } from './support/api';
import { createClaimLink, publishClaim, shareArticleWithClaims } from './support/share-fixtures';
import { setSelfApproval } from './support/workspace-settings';

const PORT = 27855;
const origin = `http://127.0.0.1:${PORT}`;
const INTERNAL_NOTE = 'INTERNAL-intv-their-editor-owes-us-one';

let owner: Member;
let checker: Member;
let viewer: Member;
let outsider: Member;
let claim: ClaimDto;

type Page<T> = { correctionRequests: T[]; nextCursor: string | null };
type ErrorBody = { error: ApiError };

const claimPath = (claimId: string) => `/api/v1/claims/${claimId}/correction-requests`;
const requestPath = (id: string) => `/api/v1/correction-requests/${id}`;

const asked = {
  recipientKind: 'publisher',
  recipientName: 'Harbour Herald',
  channel: 'email',
  sentAt: '2026-11-02',
  request: 'Please correct the unemployment figure: the statistics office says 4 percent.',
  internalNote: INTERNAL_NOTE,
};

async function ask(member: Member, claimId: string, fields: Record<string, unknown> = {}): Promise<CorrectionRequestDto> {
  const response = await member.api.post<CorrectionRequestDto>(claimPath(claimId), { ...asked, ...fields });
  expect(response.status, response.text).toBe(201);
  return response.body;
}

const pages = new Map<string, string>();
let server: Server;
const storyPage = (paragraphs: string[]) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port figures</title></head><body><article><h1>Port figures</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;

beforeAll(async () => {
  server = createServer((request, response) => {
    const html = pages.get(new URL(request.url ?? '/', origin).pathname);
    response.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'not here');
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
  owner = await createMember('intv-owner');
  [checker, viewer] = await Promise.all([createTeammate(owner, 'checker'), createTeammate(owner, 'viewer')]);
  outsider = await createMember('intv-outsider');
  const article = await createArticle(owner.api, { title: 'Port', text: 'The mayor said unemployment in the port fell by 12 percent last year.' });
  claim = (await owner.api.post<ClaimDto>(`/api/v1/articles/${article.id}/claims`, { selector: { type: 'TextQuoteSelector', exact: 'unemployment in the port fell by 12 percent' } })).body;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('asking for a correction and recording the outcome', () => {
  it('records the request, then the answer and outcome, with every change in its history', async () => {
    const created = await ask(checker, claim.id);
    expect(created).toMatchObject({
      recipientKind: 'publisher', recipientName: 'Harbour Herald', channel: 'email', outcome: 'pending', open: true,
      internalNote: INTERNAL_NOTE, flag: null, version: 1, createdBy: checker.user.name, correctionUrl: null,
    });
    expect(created.sentAt).toBe('2026-11-02T00:00:00.000Z');
    expect(created.ageDays).toBeGreaterThan(0);

    const listed = await viewer.api.get<Page<CorrectionRequestDto>>(claimPath(claim.id));
    expect(listed.status).toBe(200);
    expect(listed.body.correctionRequests.map((r) => r.id)).toEqual([created.id]);

    const answered = await checker.api.patch<CorrectionRequestDto>(requestPath(created.id), {
      version: created.version,
      response: 'We have updated the article and added a note.',
      respondedAt: '2026-11-05',
      outcome: 'corrected',
      correctionUrl: 'https://herald.example/corrections/port',
    });
    expect(answered.status, answered.text).toBe(200);
    expect(answered.body).toMatchObject({ outcome: 'corrected', open: false, ageDays: 3, version: 2, correctionUrl: 'https://herald.example/corrections/port' });

    const history = await viewer.api.get<{ events: CorrectionRequestEventDto[] }>(`${requestPath(created.id)}/history`);
    expect(history.status).toBe(200);
    expect(history.body.events.map((e) => [e.kind, e.field, e.actor])).toEqual(
      expect.arrayContaining([
        ['created', null, checker.user.name],
        ['updated', 'outcome', checker.user.name],
        ['updated', 'response', checker.user.name],
        ['updated', 'respondedAt', checker.user.name],
        ['updated', 'correctionUrl', checker.user.name],
      ]),
    );
    expect(history.body.events.find((e) => e.field === 'outcome')).toMatchObject({ from: 'pending', to: 'corrected' });

    const claimHistory = await viewer.api.get<{ events: ClaimEventDto[] }>(`/api/v1/claims/${claim.id}/history`);
    expect(claimHistory.body.events.map((e) => e.kind)).toEqual(expect.arrayContaining(['correction_requested', 'correction_request_outcome']));
  });

  it('refuses a stale version with the current state (409), changing nothing', async () => {
    const created = await ask(checker, claim.id);
    expect((await checker.api.patch(requestPath(created.id), { version: 1, outcome: 'declined' })).status).toBe(200);
    const stale = await owner.api.patch<ErrorBody & { error: { current?: CorrectionRequestDto } }>(requestPath(created.id), { version: 1, outcome: 'removed' });
    expect(stale.status).toBe(409);
    expect((await owner.api.get<CorrectionRequestDto>(requestPath(created.id))).body.outcome).toBe('declined');
  });

  it('refuses bad input with the field at fault and changes nothing', async () => {
    const before = (await checker.api.get<Page<CorrectionRequestDto>>(claimPath(claim.id))).body.correctionRequests.length;
    const cases: [Record<string, unknown>, string][] = [
      [{ ...asked, recipientKind: 'the pope' }, 'recipientKind'],
      [{ ...asked, channel: 'pigeon' }, 'channel'],
      [{ ...asked, sentAt: 'yesterday' }, 'sentAt'],
      [{ ...asked, request: '   ' }, 'request'],
      [{ ...asked, extra: true }, ''],
    ];
    for (const [body, field] of cases) {
      const response = await checker.api.post<ErrorBody>(claimPath(claim.id), body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      if (field) expect(response.body.error.fields).toHaveProperty(field);
    }
    const notJson = await checker.api.send('POST', claimPath(claim.id), { raw: '{"recipientKind":', headers: { 'content-type': 'application/json' } });
    expect(notJson.status).toBe(400);
    expect((await checker.api.get<Page<CorrectionRequestDto>>(claimPath(claim.id))).body.correctionRequests).toHaveLength(before);

    const open = await ask(checker, claim.id);
    const badLink = await checker.api.patch<ErrorBody>(requestPath(open.id), { version: 1, correctionUrl: 'javascript:alert(1)' });
    expect(badLink.status).toBe(422);
    expect(badLink.body.error.fields).toHaveProperty('correctionUrl');
    const early = await checker.api.patch<ErrorBody>(requestPath(open.id), { version: 1, respondedAt: '2026-10-01' });
    expect(early.status).toBe(422);
    expect(early.body.error.fields).toHaveProperty('respondedAt');
    expect((await checker.api.patch(requestPath(open.id), { version: 1, outcome: 'maybe' })).status).toBe(422);
    expect((await checker.api.patch(requestPath(open.id), { version: 1 })).status).toBe(422);
    expect((await checker.api.get<CorrectionRequestDto>(requestPath(open.id))).body).toMatchObject({ version: 1, outcome: 'pending', respondedAt: null, correctionUrl: null });
    expect((await checker.api.get(`/api/v1/correction-requests?cursor=${encodeURIComponent('not a cursor')}`)).status).toBe(400);
  });

  it('lets viewers read but not record (403), and hides requests from other workspaces (404)', async () => {
    const request = await ask(checker, claim.id);
    expect((await viewer.api.get(requestPath(request.id))).status).toBe(200);
    expect((await viewer.api.post(claimPath(claim.id), asked)).status).toBe(403);
    expect((await viewer.api.patch(requestPath(request.id), { version: 1, outcome: 'no_answer' })).status).toBe(403);
    expect((await viewer.api.delete(requestPath(request.id))).status).toBe(403);
    expect((await outsider.api.get(claimPath(claim.id))).status).toBe(404);
    expect((await outsider.api.post(claimPath(claim.id), asked)).status).toBe(404);
    expect((await outsider.api.get(requestPath(request.id))).status).toBe(404);
    expect((await outsider.api.patch(requestPath(request.id), { version: 1, outcome: 'no_answer' })).status).toBe(404);
    expect((await outsider.api.delete(requestPath(request.id))).status).toBe(404);
    const desk = await outsider.api.get<Page<DeskCorrectionRequestDto>>('/api/v1/correction-requests');
    expect(desk.body.correctionRequests).toEqual([]);
    // A checker may delete a request recorded by mistake; the claim's history says so.
    expect((await checker.api.delete(requestPath(request.id))).status).toBe(204);
    expect((await checker.api.get(requestPath(request.id))).status).toBe(404);
  });

  it('records a request once when a POST is retried with the same Idempotency-Key', async () => {
    const headers = { 'idempotency-key': `intv-${claim.id}` };
    const first = await checker.api.send<CorrectionRequestDto>('POST', claimPath(claim.id), { json: asked, headers });
    const again = await checker.api.send<CorrectionRequestDto>('POST', claimPath(claim.id), { json: asked, headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    const all = (await checker.api.get<Page<CorrectionRequestDto>>(`${claimPath(claim.id)}?limit=200`)).body.correctionRequests;
    expect(all.filter((r) => r.id === first.body.id)).toHaveLength(1);
  });
});

describe('the desk list of open requests', () => {
  it('pages the open requests oldest first, with their age, leaving out answered ones', async () => {
    const desk = await createMember('intv-desk');
    const article = await createArticle(desk.api, { title: 'Desk', text: 'The minister said exports doubled. The union said wages fell.' });
    const [a, b] = await Promise.all(
      ['exports doubled', 'wages fell'].map(async (exact) => (await desk.api.post<ClaimDto>(`/api/v1/articles/${article.id}/claims`, { selector: { type: 'TextQuoteSelector', exact } })).body),
    );
    const newest = await ask(desk, a!.id, { sentAt: '2026-11-20' });
    const oldest = await ask(desk, b!.id, { sentAt: '2026-10-01', recipientKind: 'claimant', recipientName: 'The union' });
    const middle = await ask(desk, a!.id, { sentAt: '2026-11-01', recipientKind: 'regulator', channel: 'letter' });
    const answered = await ask(desk, b!.id, { sentAt: '2026-09-01' });
    await desk.api.patch(requestPath(answered.id), { version: 1, outcome: 'no_answer' });

    const first = await desk.api.get<Page<DeskCorrectionRequestDto>>('/api/v1/correction-requests?open=true&limit=2');
    expect(first.status).toBe(200);
    expect(first.body.correctionRequests.map((r) => r.id)).toEqual([oldest.id, middle.id]);
    expect(first.body.correctionRequests[0]).toMatchObject({ claim: { id: b!.id, exact: 'wages fell', articleTitle: 'Desk' }, open: true });
    expect(first.body.correctionRequests[0]!.ageDays).toBeGreaterThan(first.body.correctionRequests[1]!.ageDays);
    expect(first.body.nextCursor).not.toBeNull();
    const second = await desk.api.get<Page<DeskCorrectionRequestDto>>(`/api/v1/correction-requests?open=true&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.correctionRequests.map((r) => r.id)).toEqual([newest.id]);
    expect(second.body.nextCursor).toBeNull();

    const all = await desk.api.get<Page<DeskCorrectionRequestDto>>('/api/v1/correction-requests');
    expect(all.body.correctionRequests.map((r) => r.id)).toEqual([answered.id, oldest.id, middle.id, newest.id]);
  });

  it('counts them by outcome on the dashboard, with the open count and the median days to an answer', async () => {
    const desk = await createMember('intv-figures');
    const article = await createArticle(desk.api, { title: 'Figures', text: 'The minister said exports tripled.' });
    const target = (await desk.api.post<ClaimDto>(`/api/v1/articles/${article.id}/claims`, { selector: { type: 'TextQuoteSelector', exact: 'exports tripled' } })).body;
    const answers = [
      ['2026-11-01', '2026-11-03', 'corrected'],
      ['2026-11-02', '2026-11-12', 'declined'],
      ['2026-11-05', '2026-11-09', 'corrected'],
    ] as const;
    for (const [sentAt, respondedAt, outcome] of answers) {
      const request = await ask(desk, target.id, { sentAt });
      expect((await desk.api.patch(requestPath(request.id), { version: 1, respondedAt, outcome })).status).toBe(200);
    }
    await ask(desk, target.id, { sentAt: '2026-11-20' });
    const dashboard = await desk.api.get<{ correctionRequests: { sent: number; open: number; medianDaysToResponse: number | null; byOutcome: { outcome: string; count: number }[] } }>(
      '/api/v1/dashboard?from=2026-10-01&to=2026-11-30',
    );
    expect(dashboard.status, dashboard.text).toBe(200);
    expect(dashboard.body.correctionRequests).toMatchObject({ sent: 4, open: 1, medianDaysToResponse: 4 });
    expect(dashboard.body.correctionRequests.byOutcome).toEqual(
      expect.arrayContaining([{ outcome: 'corrected', count: 2 }, { outcome: 'declined', count: 1 }, { outcome: 'pending', count: 1 }, { outcome: 'no_answer', count: 0 }]),
    );
  });
});

describe('when the story changes under an open request', () => {
  it('flags it "publisher may have corrected" until someone confirms an outcome', async () => {
    const editor = await createMember('intv-story');
    const P1 = 'The harbour council met on Tuesday to discuss the cruise season.';
    const P2 = 'The mayor said unemployment in the port fell by 12 percent last year.';
    const P3 = 'The council will vote on a cap of 80 cruise visits a year in April.';
    pages.set('/story', storyPage([P1, P2, P3]));
    const imported = await editor.api.post<{ id: string }>('/api/v1/articles', { url: `${origin}/story` });
    expect(imported.status, imported.text).toBe(201);
    const mark = async (exact: string) =>
      (await editor.api.post<ClaimDto>(`/api/v1/articles/${imported.body.id}/claims`, { selector: { type: 'TextQuoteSelector', exact } })).body;
    const changed = await mark('unemployment in the port fell by 12 percent');
    const untouched = await mark('a cap of 80 cruise visits');
    const qualified = await mark('met on Tuesday to discuss the cruise season');
    const underRequest = await ask(editor, changed.id);
    const stillQuiet = await ask(editor, untouched.id);
    const reworded = await ask(editor, qualified.id);

    // The outlet corrects the figure and adds to the first sentence right after the claim; the last
    // paragraph only shifts (the text before it changed length) but stays word for word.
    pages.set('/story', storyPage([
      'The harbour council met on Tuesday to discuss the cruise season and its noise.',
      'The mayor said unemployment in the port fell by 4 percent last year.',
      P3,
    ]));
    const check = await editor.api.post<{ status: string }>(`/api/v1/articles/${imported.body.id}/check-for-changes`);
    expect(check.status, check.text).toBe(201);

    const flagged = (await editor.api.get<CorrectionRequestDto>(requestPath(underRequest.id))).body;
    expect(flagged.flag).toMatchObject({ versionNumber: 2 });
    expect(['changed', 'orphaned']).toContain(flagged.flag?.reason);
    expect((await editor.api.get<CorrectionRequestDto>(requestPath(stillQuiet.id))).body.flag).toBeNull();
    expect((await editor.api.get<CorrectionRequestDto>(requestPath(reworded.id))).body.flag).toMatchObject({ reason: 'moved', versionNumber: 2 });
    const desk = await editor.api.get<Page<DeskCorrectionRequestDto>>('/api/v1/correction-requests?open=true');
    expect(desk.body.correctionRequests.find((r) => r.id === underRequest.id)?.flag).not.toBeNull();
    const history = await editor.api.get<{ events: CorrectionRequestEventDto[] }>(`${requestPath(underRequest.id)}/history`);
    expect(history.body.events[0]).toMatchObject({ kind: 'flagged', field: 'flag' });

    const confirmed = await editor.api.patch<CorrectionRequestDto>(requestPath(underRequest.id), {
      version: flagged.version,
      outcome: 'corrected',
      correctionUrl: `${origin}/story`,
    });
    expect(confirmed.status, confirmed.text).toBe(200);
    expect(confirmed.body).toMatchObject({ flag: null, outcome: 'corrected', open: false });
  });
});

describe('what readers see', () => {
  let publisher: Member;
  let published: ClaimDto;
  let articleId: string;

  beforeAll(async () => {
    publisher = await createMember('intv-public');
    await setSelfApproval(publisher.user.workspace, true);
    articleId = (await shareArticleWithClaims(publisher.api, 'Bridge figures')).id;
    published = await publishClaim(publisher.api, articleId, 'the harbour bridge carried 40,000 cars a day in 2024', {
      statement: 'The harbour bridge carried 40,000 cars a day in 2024.',
    });
    const request = await ask(publisher, published.id, { recipientName: 'Harbour Gazette', channel: 'form' });
    await publisher.api.patch(requestPath(request.id), {
      version: 1,
      outcome: 'clarified',
      respondedAt: '2026-11-09',
      response: 'RESPONSE-TEXT-kept-for-the-team',
      correctionUrl: 'https://gazette.example/clarification',
    });
  });

  it('shows the request and its outcome on the public verdict page, without the internal note', async () => {
    const link = await createClaimLink(publisher.api, published.id);
    const response = await fetch(link.url.replace(/^https?:\/\/[^/]+/, baseUrl), { redirect: 'manual' });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Correction requests');
    expect(html).toContain('Clarified');
    expect(html).toContain('the publisher (Harbour Gazette) by web form');
    expect(html).toContain('href="https://gazette.example/clarification"');
    expect(html).not.toContain(INTERNAL_NOTE);
    expect(html).not.toContain('RESPONSE-TEXT');
  });

  it('shows them in the Markdown and JSON report, without the internal note', async () => {
    const markdown = await publisher.api.get<string>(`/api/v1/articles/${articleId}/export?format=markdown`);
    expect(markdown.status).toBe(200);
    expect(markdown.text).toContain('#### Correction requests');
    expect(markdown.text).toContain('asked the publisher (Harbour Gazette) by web form. Outcome: Clarified');
    expect(markdown.text).toContain('https://gazette.example/clarification');
    const json = await publisher.api.get<ReviewReportJson>(`/api/v1/articles/${articleId}/export?format=json&internal=1`);
    expect(json.status).toBe(200);
    const claimJson = json.body.claims.find((c) => c.id === published.id);
    expect(claimJson?.correctionRequests).toEqual([
      expect.objectContaining({ recipientKind: 'publisher', channel: 'form', outcome: 'clarified', correctionUrl: 'https://gazette.example/clarification' }),
    ]);
    for (const text of [markdown.text, json.text]) {
      expect(text).not.toContain(INTERNAL_NOTE);
      expect(text).not.toContain('RESPONSE-TEXT');
    }
  });

  it('survives a backup and restore', async () => {
    const backup = await fetch(`${baseUrl}/api/v1/workspace/backup`, { headers: { authorization: `Bearer ${publisher.token}` } });
    expect(backup.status).toBe(200);
    const restorer = await createMember('intv-restorer');
    const restored = await fetch(`${baseUrl}/api/v1/workspace/restore`, {
      method: 'POST',
      headers: { authorization: `Bearer ${restorer.token}`, 'content-type': 'application/gzip' },
      body: new Uint8Array(await backup.arrayBuffer()),
    });
    expect(restored.status, await restored.clone().text()).toBe(201);
    expect(((await restored.json()) as { counts: Record<string, number> }).counts).toMatchObject({ correctionRequests: 1 });
    const desk = await restorer.api.get<Page<DeskCorrectionRequestDto>>('/api/v1/correction-requests');
    expect(desk.body.correctionRequests).toHaveLength(1);
    expect(desk.body.correctionRequests[0]).toMatchObject({
      outcome: 'clarified', recipientName: 'Harbour Gazette', internalNote: INTERNAL_NOTE, correctionUrl: 'https://gazette.example/clarification',
    });
    const history = await restorer.api.get<{ events: CorrectionRequestEventDto[] }>(`${requestPath(desk.body.correctionRequests[0]!.id)}/history`);
    expect(history.body.events.length).toBeGreaterThan(1);
  });
});
