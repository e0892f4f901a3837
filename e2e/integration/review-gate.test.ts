// Story: a checker researches a claim and proposes a verdict; an editor who did not propose it
// approves and publishes it, or sends it back with a comment. Nobody approves their own work
// unless the newsroom allows it. A published verdict changes only as a correction with a reason,
// and the old verdict stays in the history.
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto, ClaimEventDto } from '@/lib/validations/claim';
import type { CommentDto } from '@/lib/validations/comment';
import type { EvidenceDto } from '@/lib/validations/evidence';
import { createArticle, createMember, createTeammate, type Api, type ApiError, type Member } from './support/api';
import { setSelfApproval } from './support/workspace-settings';
import { sql } from './support/database';

const TEXT =
  'The minister said unemployment fell to 4 percent last year. She said exports doubled since 2020. ' +
  'The union said wages rose by 10 percent. Critics said the port handled 3 million containers.';

type Failure = { error: ApiError & { reason?: string } };

let owner: Member;
let checker: Member;
let editor: Member;
let secondEditor: Member;
let viewer: Member;
let outsider: Member;
let articleId: string;

async function mark(api: Api, exact: string): Promise<ClaimDto> {
  const response = await api.post<ClaimDto>(`/api/v1/articles/${articleId}/claims`, { selector: { type: 'TextQuoteSelector', exact } });
  expect(response.status).toBe(201);
  return response.body;
}

async function patch(api: Api, claim: ClaimDto, change: Record<string, unknown>) {
  return api.patch<ClaimDto & Failure>(`/api/v1/claims/${claim.id}`, { version: claim.version, ...change });
}

async function history(claimId: string): Promise<ClaimEventDto[]> {
  return (await owner.api.get<{ events: ClaimEventDto[] }>(`/api/v1/claims/${claimId}/history`)).body.events;
}

/** A claim the checker researched and proposed with a verdict. */
async function proposed(exact: string, by: Member = checker): Promise<ClaimDto> {
  const claim = await mark(by.api, exact);
  const response = await patch(by.api, claim, { verdict: 'mostly_false', explanation: 'Official data says otherwise.', status: 'needs_review' });
  expect(response.status).toBe(200);
  return response.body;
}

beforeAll(async () => {
  owner = await createMember('review-owner');
  [checker, editor, secondEditor, viewer] = await Promise.all([
    createTeammate(owner, 'checker'),
    createTeammate(owner, 'editor'),
    createTeammate(owner, 'editor'),
    createTeammate(owner, 'viewer'),
  ]);
  outsider = await createMember('review-outsider');
  articleId = (await createArticle(owner.api, { title: 'Economy claims', text: TEXT })).id;
});

describe('proposing a verdict', () => {
  it('moves the claim to needs review and records the checker as proposer', async () => {
    const claim = await proposed('unemployment fell to 4 percent last year');
    expect(claim.status).toBe('needs_review');
    expect(claim.proposedBy).toEqual({ id: expect.any(String), name: checker.user.name });
    expect(claim.approvedBy).toBeNull();
    const events = await history(claim.id);
    expect(events.find((e) => e.kind === 'proposed')).toMatchObject({ field: 'status', from: 'to_check', to: 'needs_review' });
  });

  it('needs a verdict first (422) and changes nothing', async () => {
    const claim = await mark(checker.api, 'exports doubled since 2020');
    const response = await patch(checker.api, claim, { status: 'needs_review' });
    expect(response.status).toBe(422);
    expect(response.body.error.fields?.status?.[0]).toMatch(/verdict/i);
    expect((await checker.api.get<ClaimDto>(`/api/v1/claims/${claim.id}`)).body.version).toBe(claim.version);
  });

  it('lets the checker dismiss a claim that is not worth checking, and bring it back', async () => {
    let claim = await mark(checker.api, 'wages rose by 10 percent');
    for (const status of ['dismissed', 'to_check']) {
      const response = await patch(checker.api, claim, { status });
      expect(response.status).toBe(200);
      claim = response.body;
    }
  });
});

describe('publishing', () => {
  it('is refused to a checker (403), by PATCH and by approve', async () => {
    const claim = await proposed('the port handled 3 million containers');
    expect((await patch(checker.api, claim, { status: 'published' })).status).toBe(403);
    expect((await checker.api.post(`/api/v1/claims/${claim.id}/approve`, { version: claim.version })).status).toBe(403);
  });

  it('lets another editor approve: approvedBy, approvedAt and publishedAt are recorded', async () => {
    const claim = await proposed('unemployment fell to 4 percent last year');
    const before = Date.now();
    const response = await editor.api.post<ClaimDto>(`/api/v1/claims/${claim.id}/approve`, { version: claim.version });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'published', approvedBy: { name: editor.user.name }, proposedBy: { name: checker.user.name } });
    expect(Date.parse(response.body.approvedAt!)).toBeGreaterThanOrEqual(before - 5_000);
    expect(response.body.publishedAt).toBe(response.body.approvedAt);
    expect((await history(claim.id)).find((e) => e.kind === 'approved')).toMatchObject({ actor: editor.user.name, to: 'published' });
  });

  it('refuses an editor approving their own proposal, until the workspace allows self-approval', async () => {
    const claim = await proposed('exports doubled since 2020', editor);
    const refused = await editor.api.post<Failure>(`/api/v1/claims/${claim.id}/approve`, { version: claim.version });
    expect(refused.status).toBe(403);
    expect(refused.body.error.reason).toBe('self_approval');
    // Publishing straight from research is approving oneself too.
    const direct = await mark(editor.api, 'wages rose by 10 percent');
    expect((await patch(editor.api, direct, { verdict: 'true', status: 'published' })).status).toBe(403);

    await setSelfApproval(owner.user.workspace, true);
    try {
      const approved = await editor.api.post<ClaimDto>(`/api/v1/claims/${claim.id}/approve`, { version: claim.version });
      expect(approved.status).toBe(200);
      expect(approved.body.approvedBy?.name).toBe(editor.user.name);
    } finally {
      await setSelfApproval(owner.user.workspace, false);
    }
  });

  it('makes an editor who rewrites the verdict in review its proposer, so they cannot approve it', async () => {
    const claim = await proposed('She said exports doubled since');
    const rewritten = await patch(editor.api, claim, { verdict: 'false' });
    expect(rewritten.status).toBe(200);
    expect(rewritten.body.proposedBy?.name).toBe(editor.user.name);
    expect((await editor.api.post(`/api/v1/claims/${claim.id}/approve`, { version: rewritten.body.version })).status).toBe(403);
    expect((await secondEditor.api.post(`/api/v1/claims/${claim.id}/approve`, { version: rewritten.body.version })).status).toBe(200);
  });

  it('makes an editor who rewrites the explanation in review its proposer: their publish is refused, a second editor approves', async () => {
    const claim = await proposed('Critics said the port handled');
    const rewritten = await patch(editor.api, claim, { explanation: 'Port statistics show 2.1 million containers.' });
    expect(rewritten.status, rewritten.text).toBe(200);
    expect(rewritten.body).toMatchObject({ status: 'needs_review', proposedBy: { name: editor.user.name } });

    // Nobody has reviewed the new text: publishing it would be the editor approving their own work.
    for (const attempt of [
      () => patch(editor.api, rewritten.body, { status: 'published' }),
      () => editor.api.post<Failure>(`/api/v1/claims/${claim.id}/approve`, { version: rewritten.body.version }),
    ]) {
      const refused = await attempt();
      expect(refused.status).toBe(403);
      expect(refused.body.error.reason).toBe('self_approval');
    }
    expect((await checker.api.get<ClaimDto>(`/api/v1/claims/${claim.id}`)).body).toMatchObject({ status: 'needs_review', version: rewritten.body.version });

    const approved = await secondEditor.api.post<ClaimDto>(`/api/v1/claims/${claim.id}/approve`, { version: rewritten.body.version });
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'published',
      explanation: 'Port statistics show 2.1 million containers.',
      proposedBy: { name: editor.user.name },
      approvedBy: { name: secondEditor.user.name },
    });
  });

  it('refuses an editor rewriting the public text and publishing it in one PATCH, and changes nothing', async () => {
    const claim = await proposed('The union said wages');
    for (const change of [{ explanation: 'Rewritten while approving.' }, { statement: 'Wages rose by a tenth.' }, { claimant: 'The union leader' }]) {
      const refused = await patch(editor.api, claim, { ...change, status: 'published' });
      expect(refused.status, JSON.stringify(change)).toBe(403);
      expect(refused.body.error.reason).toBe('self_approval');
    }
    const after = (await checker.api.get<ClaimDto>(`/api/v1/claims/${claim.id}`)).body;
    expect(after).toMatchObject({ status: 'needs_review', version: claim.version, explanation: 'Official data says otherwise.', proposedBy: { name: checker.user.name } });
  });

  it('treats PATCH {status: published} exactly like approve', async () => {
    const claim = await proposed('the port handled 3 million containers');
    const response = await patch(secondEditor.api, claim, { status: 'published' });
    expect(response.status).toBe(200);
    expect(response.body.approvedBy?.name).toBe(secondEditor.user.name);
  });

  it('answers approve of a claim that is not in review with 422', async () => {
    const claim = await mark(checker.api, 'She said exports doubled');
    const response = await editor.api.post<Failure>(`/api/v1/claims/${claim.id}/approve`, { version: claim.version });
    expect(response.status).toBe(422);
  });
});

describe('sending back', () => {
  it('needs a comment (422), then returns the claim to researching with the comment in the timeline', async () => {
    const claim = await proposed('The union said wages rose');
    const empty = await editor.api.post<Failure>(`/api/v1/claims/${claim.id}/send-back`, { version: claim.version, comment: '  ' });
    expect(empty.status).toBe(422);
    expect(empty.body.error.fields).toHaveProperty('comment');

    const comment = `Which wage series? @${checker.user.name} please add the source.`;
    const response = await editor.api.post<ClaimDto>(`/api/v1/claims/${claim.id}/send-back`, { version: claim.version, comment });
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('researching');
    expect((await history(claim.id)).find((e) => e.kind === 'sent_back')).toMatchObject({ reason: comment, from: 'needs_review', to: 'researching' });
    const comments = (await checker.api.get<{ comments: CommentDto[] }>(`/api/v1/claims/${claim.id}/comments`)).body.comments;
    expect(comments.at(-1)).toMatchObject({ body: comment, author: { name: editor.user.name }, mentions: [{ name: checker.user.name }] });
  });

  it('is refused to a checker (403); an editor cannot skip it with a PATCH (422)', async () => {
    const claim = await proposed('Critics said the port');
    expect((await checker.api.post(`/api/v1/claims/${claim.id}/send-back`, { version: claim.version, comment: 'no' })).status).toBe(403);
    expect((await patch(editor.api, claim, { status: 'researching' })).status).toBe(422);
    // The proposer may withdraw their own proposal.
    expect((await patch(checker.api, claim, { status: 'researching' })).status).toBe(200);
  });
});

describe('correcting a published verdict', () => {
  let published: ClaimDto;
  beforeAll(async () => {
    const claim = await proposed('minister said unemployment fell');
    published = (await editor.api.post<ClaimDto>(`/api/v1/claims/${claim.id}/approve`, { version: claim.version })).body;
  });

  it('is refused to the checker (403) for verdict, explanation, status and statement', async () => {
    for (const change of [{ verdict: 'true' }, { explanation: 'Rewritten' }, { status: 'researching' }, { statement: 'Reworded' }]) {
      expect((await patch(checker.api, published, change)).status, JSON.stringify(change)).toBe(403);
    }
  });

  it('needs a reason (422 naming correctionReason)', async () => {
    const response = await patch(editor.api, published, { verdict: 'true' });
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toHaveProperty('correctionReason');
    expect(response.body.error.message).toMatch(/reason/);
  });

  it('keeps the claim published, sets correctedAt and keeps the old verdict in history', async () => {
    const reason = 'The statistics office revised its figures.';
    const response = await patch(editor.api, published, { verdict: 'true', explanation: 'Revised data confirms it.', correctionReason: reason });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'published', verdict: { key: 'true' } });
    expect(response.body.correctedAt).not.toBeNull();
    const corrections = (await history(published.id)).filter((e) => e.kind === 'corrected');
    expect(corrections).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'verdict', from: 'mostly_false', to: 'true', reason }),
        expect.objectContaining({ field: 'explanation', from: 'Official data says otherwise.', to: 'Revised data confirms it.', reason }),
      ]),
    );
  });
});

describe('the sources of a published verdict', () => {
  let published: ClaimDto;
  let sourceId: string;
  const sources = async () => (await owner.api.get<ClaimDto>(`/api/v1/claims/${published.id}`)).body.evidence.map((e) => e.url);

  beforeAll(async () => {
    const claim = await proposed('minister said unemployment');
    // While the verdict is in review, the checker still works on its sources.
    const added = await checker.api.post<EvidenceDto>(`/api/v1/claims/${claim.id}/evidence`, { url: 'https://stats.example/jobs-2025', stance: 'refutes' });
    expect(added.status, added.text).toBe(201);
    sourceId = added.body.id;
    published = (await editor.api.post<ClaimDto>(`/api/v1/claims/${claim.id}/approve`, { version: claim.version })).body;
    expect(published.status).toBe('published');
  });

  it('cannot be added, changed or removed by a checker (403, saying why), and nothing changes', async () => {
    const before = await history(published.id);
    const attempts = [
      await checker.api.post<Failure>(`/api/v1/claims/${published.id}/evidence`, { url: 'https://blog.example/other-view', stance: 'supports' }),
      await checker.api.patch<Failure>(`/api/v1/evidence/${sourceId}`, { url: 'https://blog.example/other-view', title: 'Swapped' }),
      await checker.api.delete<Failure>(`/api/v1/evidence/${sourceId}`),
    ];
    for (const response of attempts) {
      expect(response.status).toBe(403);
      expect(response.body.error.message).toMatch(/published: only an editor/);
    }
    expect(await sources()).toEqual(['https://stats.example/jobs-2025']);
    expect(await history(published.id)).toHaveLength(before.length);
  });

  it('can be changed by an editor', async () => {
    const added = await editor.api.post<EvidenceDto>(`/api/v1/claims/${published.id}/evidence`, { url: 'https://labour.example/survey', stance: 'refutes' });
    expect(added.status, added.text).toBe(201);
    expect((await editor.api.patch(`/api/v1/evidence/${added.body.id}`, { title: 'Labour force survey' })).status).toBe(200);
    expect(await sources()).toContain('https://labour.example/survey');
    expect((await editor.api.delete(`/api/v1/evidence/${added.body.id}`)).status).toBe(204);
    expect(await sources()).not.toContain('https://labour.example/survey');
  });
});

describe('a checker’s source change racing an approval', () => {
  it('is refused once the approval commits, though the claim was in review when it was asked', async () => {
    const claim = await proposed('exports doubled since 2020');
    const approval = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await approval.connect();
    try {
      // The editor's approval is written but not yet committed: the claim's row is locked.
      await approval.query('BEGIN');
      await approval.query(`UPDATE claim SET status = 'published' WHERE id = $1`, [claim.id]);
      const pid = (await approval.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      const answer = checker.api.post<Failure>(`/api/v1/claims/${claim.id}/evidence`, { url: 'https://blog.example/late', stance: 'supports' });
      let answered = false;
      void answer.finally(() => (answered = true));
      // The server saw the claim in review, and now waits for the approval to finish (a server
      // that does not wait answers at once, and the test fails below).
      const waiting = async () => (await sql<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))', [pid]))[0]!.n > 0;
      while (!answered && !(await waiting())) await new Promise((resolve) => setImmediate(resolve));
      await approval.query('COMMIT');
      const response = await answer;
      expect(response.status).toBe(403);
      expect(response.body.error.message).toMatch(/published: only an editor/);
    } finally {
      await approval.end();
    }
    const evidence = (await owner.api.get<ClaimDto>(`/api/v1/claims/${claim.id}`)).body.evidence;
    expect(evidence.map((e) => e.url)).not.toContain('https://blog.example/late');
  });
});

describe('who may act', () => {
  it('refuses a viewer (403) and hides the claim from another workspace (404)', async () => {
    const claim = await proposed('unemployment fell to 4 percent');
    expect((await patch(viewer.api, claim, { status: 'researching' })).status).toBe(403);
    expect((await viewer.api.post(`/api/v1/claims/${claim.id}/approve`, { version: claim.version })).status).toBe(403);
    expect((await outsider.api.post(`/api/v1/claims/${claim.id}/approve`, { version: claim.version })).status).toBe(404);
    expect((await outsider.api.post(`/api/v1/claims/${claim.id}/send-back`, { version: claim.version, comment: 'x' })).status).toBe(404);
  });

  it('answers bad input with 4xx and a stale version with 409', async () => {
    const claim = await proposed('exports doubled');
    expect((await editor.api.post(`/api/v1/claims/${claim.id}/approve`, {})).status).toBe(422);
    expect((await editor.api.post(`/api/v1/claims/${claim.id}/approve`, { version: 'one' })).status).toBe(422);
    expect((await editor.api.send('POST', `/api/v1/claims/${claim.id}/approve`, { raw: '{', headers: { 'content-type': 'application/json' } })).status).toBe(400);
    expect((await patch(editor.api, claim, { correctionReason: 12 })).status).toBe(422);
    expect((await editor.api.post(`/api/v1/claims/${claim.id}/approve`, { version: claim.version - 1 })).status).toBe(409);
  });
});

describe('the API reference', () => {
  it('documents approve, send-back, comments and my claims, and the new claim fields', async () => {
    type Doc = { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };
    const { body } = await owner.api.get<Doc>('/api/v1/openapi.json');
    const operations = Object.entries(body.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    expect(operations).toEqual(
      expect.arrayContaining([
        'POST /api/v1/claims/{claimId}/approve',
        'POST /api/v1/claims/{claimId}/send-back',
        'GET /api/v1/claims/{claimId}/comments',
        'POST /api/v1/claims/{claimId}/comments',
        'DELETE /api/v1/comments/{commentId}',
        'GET /api/v1/me/claims',
      ]),
    );
    expect(Object.keys(body.components.schemas.Claim!.properties ?? {})).toEqual(
      expect.arrayContaining(['assignee', 'proposedBy', 'approvedBy', 'approvedAt', 'publishedAt', 'correctedAt']),
    );
    expect(Object.keys(body.components.schemas.UpdateClaimInput!.properties ?? {})).toEqual(expect.arrayContaining(['assigneeId', 'correctionReason']));
  });
});
