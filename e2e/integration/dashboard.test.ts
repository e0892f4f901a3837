// Story: an editor reads the desk dashboard of a small desk whose history is known to the
// minute, and every figure matches the one worked out by hand: claims per ISO week, the time from
// marked to published and the review turnaround (median, 90th percentile), the backlog, the
// verdict mix and the corrections with their reasons; filters by outlet and member narrow them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto } from '@/lib/validations/claim';
import type { DashboardDto } from '@/lib/validations/dashboard';
import type { MemberDto } from '@/lib/validations/member';
import { createArticle, createMember, createTeammate, type Member } from './support/api';
import { sql } from './support/database';

const HOUR = 3600;
const RANGE = 'from=2026-03-02&to=2026-03-15';

let owner: Member;
let editor: Member;
let checker: Member;
let checkerId: string;
let editorId: string;
const claims: Record<'c1' | 'c2' | 'c3' | 'c4' | 'c5', string> = { c1: '', c2: '', c3: '', c4: '', c5: '' };

async function ok<T>(promise: Promise<{ status: number; text: string; body: T }>, status = 200): Promise<T> {
  const response = await promise;
  expect(response.status, response.text).toBe(status);
  return response.body;
}

/** Moves a claim and its history to known instants: the clock of the test run is not the fixture's. */
async function setTimes(claimId: string, times: Partial<Record<'created' | 'proposed' | 'approved' | 'sent_back' | 'corrected', string>>) {
  for (const [kind, at] of Object.entries(times)) {
    await sql(`UPDATE claim_event SET at = $1 WHERE "claimId" = $2 AND kind = $3`, [at, claimId, kind]);
  }
  await sql(`UPDATE claim SET "createdAt" = $1 WHERE id = $2`, [times.created, claimId]);
  if (times.approved) await sql(`UPDATE claim SET "publishedAt" = $1, "approvedAt" = $1 WHERE id = $2`, [times.approved, claimId]);
}

beforeAll(async () => {
  owner = await createMember('dashboard-owner');
  [editor, checker] = await Promise.all([createTeammate(owner, 'editor'), createTeammate(owner, 'checker')]);
  const members = await ok(owner.api.get<{ members: MemberDto[] }>('/api/v1/members'));
  checkerId = members.members.find((m) => m.email === checker.user.email)!.userId;
  editorId = members.members.find((m) => m.email === editor.user.email)!.userId;

  const planet = await createArticle(checker.api, { title: 'Crime', outlet: 'Daily Planet', text: 'Crime fell by a third. Police say it rose. Arrests doubled.' });
  const gazette = await createArticle(checker.api, { title: 'Budget', outlet: 'Gazette', text: 'Taxes went down. Spending went up.' });
  const mark = async (articleId: string, exact: string) =>
    (await ok(checker.api.post<ClaimDto>(`/api/v1/articles/${articleId}/claims`, { selector: { type: 'TextQuoteSelector', exact } }), 201));
  const propose = async (claim: ClaimDto, verdict: string) =>
    ok(checker.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, { version: claim.version, status: 'needs_review', verdict }));

  // c1, c2: proposed by the checker, approved by the editor; c2 then corrected.
  const c1 = await propose(await mark(planet.id, 'Crime fell by a third'), 'false');
  await ok(editor.api.post(`/api/v1/claims/${c1.id}/approve`, { version: c1.version }));
  const c2 = await propose(await mark(planet.id, 'Police say it rose'), 'false');
  const c2Published = await ok(editor.api.post<ClaimDto>(`/api/v1/claims/${c2.id}/approve`, { version: c2.version }));
  await ok(
    editor.api.patch(`/api/v1/claims/${c2.id}`, {
      version: c2Published.version,
      verdict: 'mostly_false',
      explanation: 'The police revised their count.',
      correctionReason: 'The police revised their figures.',
    }),
  );
  // c3: proposed and sent back; c4: open, assigned to the checker; c5: deleted.
  const c3 = await propose(await mark(gazette.id, 'Taxes went down'), 'true');
  await ok(editor.api.post(`/api/v1/claims/${c3.id}/send-back`, { version: c3.version, comment: 'Which taxes?' }));
  const c4 = await mark(gazette.id, 'Spending went up');
  await ok(owner.api.patch(`/api/v1/claims/${c4.id}`, { version: c4.version, assigneeId: checkerId }));
  const c5 = await mark(planet.id, 'Arrests doubled');
  await ok(owner.api.delete(`/api/v1/claims/${c5.id}`), 204);
  Object.assign(claims, { c1: c1.id, c2: c2.id, c3: c3.id, c4: c4.id, c5: c5.id });

  // Week of Monday 2 March 2026, then week of 9 March.
  await setTimes(c1.id, { created: '2026-03-02T09:00:00Z', proposed: '2026-03-02T12:00:00Z', approved: '2026-03-03T12:00:00Z' });
  await setTimes(c2.id, { created: '2026-03-03T09:00:00Z', proposed: '2026-03-04T09:00:00Z', approved: '2026-03-04T11:00:00Z', corrected: '2026-03-10T10:00:00Z' });
  await setTimes(c3.id, { created: '2026-03-09T08:00:00Z', proposed: '2026-03-09T10:00:00Z', sent_back: '2026-03-09T16:00:00Z' });
  await setTimes(c4.id, { created: '2026-03-10T08:00:00Z' });
  await setTimes(c5.id, { created: '2026-03-10T09:00:00Z' });
}, 120_000);

describe('the desk dashboard', () => {
  it('counts each week’s marked, proposed, published and corrected claims (deleted ones left out)', async () => {
    const dashboard = await ok(editor.api.get<DashboardDto>(`/api/v1/dashboard?${RANGE}`));
    expect(dashboard.weekly).toEqual([
      { week: '2026-03-02', marked: 2, proposed: 2, published: 2, corrected: 0 },
      { week: '2026-03-09', marked: 2, proposed: 1, published: 0, corrected: 1 },
    ]);
  });

  it('measures marked → published and review turnaround as median and 90th percentile', async () => {
    const { durations } = await ok(editor.api.get<DashboardDto>(`/api/v1/dashboard?${RANGE}`));
    // Published after 27 h (c1) and 26 h (c2): median 26.5 h, p90 26 + 0.9 × 1 = 26.9 h.
    expect(durations.markedToPublished.count).toBe(2);
    expect(durations.markedToPublished.median).toBeCloseTo(26.5 * HOUR, 3);
    expect(durations.markedToPublished.p90).toBeCloseTo(26.9 * HOUR, 3);
    // Reviews took 24 h (c1), 2 h (c2) and 6 h (c3, sent back): median 6 h, p90 6 + 0.8 × 18 = 20.4 h.
    expect(durations.reviewTurnaround.count).toBe(3);
    expect(durations.reviewTurnaround.median).toBeCloseTo(6 * HOUR, 3);
    expect(durations.reviewTurnaround.p90).toBeCloseTo(20.4 * HOUR, 3);
  });

  it('shows the open backlog by status, assignee and age, the verdicts and the corrections with reasons', async () => {
    const dashboard = await ok(editor.api.get<DashboardDto>(`/api/v1/dashboard?${RANGE}`));
    expect(dashboard.backlog.byStatus).toEqual([
      { status: 'to_check', count: 1 },
      { status: 'researching', count: 1 },
      { status: 'needs_review', count: 0 },
    ]);
    expect(dashboard.backlog.byAssignee).toEqual(
      expect.arrayContaining([
        { assigneeId: checkerId, name: checker.user.name, count: 1 },
        { assigneeId: null, name: 'Unassigned', count: 1 },
      ]),
    );
    expect(dashboard.backlog.byAge.find((b) => b.bucket === 'Over 3 months')?.count).toBe(2);
    expect(dashboard.verdicts).toEqual([
      { key: 'mostly_false', label: 'Mostly false', count: 1 },
      { key: 'false', label: 'False', count: 1 },
    ]);
    expect(dashboard.corrections.count).toBe(1);
    expect(dashboard.corrections.items[0]).toMatchObject({
      claimId: claims.c2,
      fields: ['explanation', 'verdict'],
      reason: 'The police revised their figures.',
      at: '2026-03-10T10:00:00.000Z',
    });
    expect(dashboard.options.outlets).toEqual(['Daily Planet', 'Gazette']);
  });

  it('narrows every figure to an outlet, or to the claims a member worked on', async () => {
    const gazette = await ok(editor.api.get<DashboardDto>(`/api/v1/dashboard?${RANGE}&outlet=Gazette`));
    expect(gazette.weekly.map((w) => [w.marked, w.proposed, w.published, w.corrected])).toEqual([
      [0, 0, 0, 0],
      [2, 1, 0, 0],
    ]);
    expect(gazette.durations.markedToPublished).toEqual({ count: 0, median: null, p90: null });
    expect(gazette.durations.reviewTurnaround.median).toBeCloseTo(6 * HOUR, 3);
    expect(gazette.verdicts).toEqual([]);

    // The editor approved c1 and c2, and nothing else.
    const approvedByEditor = await ok(editor.api.get<DashboardDto>(`/api/v1/dashboard?${RANGE}&member=${editorId}`));
    expect(approvedByEditor.weekly.map((w) => [w.marked, w.proposed, w.published, w.corrected])).toEqual([
      [2, 2, 2, 0],
      [0, 0, 0, 1],
    ]);
    expect(approvedByEditor.backlog.byStatus.every((s) => s.count === 0)).toBe(true);
  });

  it('downloads each table as CSV', async () => {
    const response = await editor.api.get<string>(`/api/v1/dashboard?${RANGE}&format=csv&table=weekly`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.text).toBe('\uFEFFWeek (Monday),Marked,Proposed,Published,Corrected\r\n2026-03-02,2,2,2,0\r\n2026-03-09,2,1,0,1\r\n');
    const durations = await editor.api.get<string>(`/api/v1/dashboard?${RANGE}&format=csv&table=durations`);
    expect(durations.text).toContain('Marked to published,2,26.5,26.9');
  });

  it('refuses bad filters with 422 and checkers with 403', async () => {
    for (const query of ['from=2026-03-15&to=2026-03-02', 'from=2026-02-30', 'format=csv', 'format=csv&table=secrets', 'to=yesterday', 'colour=red']) {
      expect((await editor.api.get(`/api/v1/dashboard?${query}`)).status, query).toBe(422);
    }
    expect((await checker.api.get('/api/v1/dashboard')).status).toBe(403);
  });

  it('shows another workspace nothing of this desk', async () => {
    const stranger = await createMember('dashboard-stranger');
    const theirs = await ok(stranger.api.get<DashboardDto>(`/api/v1/dashboard?${RANGE}`));
    expect(theirs.weekly.every((w) => w.marked === 0)).toBe(true);
    expect((await stranger.api.get(`/api/v1/dashboard?${RANGE}&member=${editorId}`)).status).toBe(200);
  });
});
