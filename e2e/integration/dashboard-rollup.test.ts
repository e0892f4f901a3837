// Story: an editor keeps the desk dashboard open while the desk works. Every change to a claim
// (its status, its verdict, a correction, a deletion and its undoing, a new assignee) and a new
// outlet for an article shows in the very next view, and each view agrees with the figures worked
// out from the claims and their history themselves (the definitions of decision 026), without
// and with the outlet and member filters: the rollups the database keeps (amendment 1) never lag.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto } from '@/lib/validations/claim';
import type { ArticleDto } from '@/lib/validations/article';
import type { DashboardDto } from '@/lib/validations/dashboard';
import type { MemberDto } from '@/lib/validations/member';
import { createArticle, createMember, createTeammate, type Member } from './support/api';
import { sql } from './support/database';

let owner: Member;
let editor: Member;
let checker: Member;
let editorId: string;
let workspaceId: string;
let planet: ArticleDto;
let gazette: ArticleDto;

type Filter = { outlet?: string; member?: string };

async function ok<T>(promise: Promise<{ status: number; text: string; body: T }>, status = 200): Promise<T> {
  const response = await promise;
  expect(response.status, response.text).toBe(status);
  return response.body;
}

function query(filter: Filter): string {
  const params = new URLSearchParams();
  if (filter.outlet) params.set('outlet', filter.outlet);
  if (filter.member) params.set('member', filter.member);
  return `/api/v1/dashboard?${params}`;
}

/** The figures of the default view (last 12 weeks) as the dashboard shows them. */
async function shown(filter: Filter = {}) {
  const d = await ok(editor.api.get<DashboardDto>(query(filter)));
  const sum = (key: 'marked' | 'proposed' | 'published' | 'corrected') => d.weekly.reduce((total, w) => total + w[key], 0);
  return {
    marked: sum('marked'),
    proposed: sum('proposed'),
    published: sum('published'),
    corrected: sum('corrected'),
    correctionsListed: d.corrections.count,
    markedToPublished: d.durations.markedToPublished.count,
    reviews: d.durations.reviewTurnaround.count,
    open: Object.fromEntries(d.backlog.byStatus.map((s) => [s.status, s.count])),
    verdicts: Object.fromEntries(d.verdicts.map((v) => [v.key ?? 'none', v.count])),
  };
}

/** The same figures worked out from the claims and their history, as decision 026 defines them. */
async function fromHistory(filter: Filter = {}) {
  const claims = `SELECT c.id FROM claim c LEFT JOIN article a ON a.id = c."articleId"
    WHERE c."workspaceId" = $1 AND c."deletedAt" IS NULL AND ($2::text IS NULL OR a.outlet = $2)
      AND ($3::text IS NULL OR $3 IN (c."createdById", c."assigneeId", c."proposedById", c."approvedById"))`;
  const values = [workspaceId, filter.outlet ?? null, filter.member ?? null];
  const [counts] = await sql<Record<string, number>>(
    `SELECT count(*) FILTER (WHERE kind = 'created')::int AS marked, count(*) FILTER (WHERE kind = 'proposed')::int AS proposed,
            count(*) FILTER (WHERE kind = 'approved')::int AS published,
            count(DISTINCT ("claimId", at)) FILTER (WHERE kind = 'corrected')::int AS corrected
     FROM claim_event WHERE "claimId" IN (${claims}) AND at >= now() - interval '90 days'`,
    values,
  );
  const [durations] = await sql<{ published: number; reviews: number }>(
    `SELECT (SELECT count(*)::int FROM claim WHERE id IN (${claims}) AND "publishedAt" IS NOT NULL) AS published,
            (SELECT count(*)::int FROM (
               SELECT kind, lag(kind) OVER (PARTITION BY "claimId" ORDER BY at, kind <> 'proposed') AS previous FROM claim_event
               WHERE "claimId" IN (${claims}) AND kind IN ('proposed', 'approved', 'sent_back', 'withdrawn', 'unpublished')) s
             WHERE kind IN ('approved', 'sent_back') AND previous = 'proposed') AS reviews`,
    values,
  );
  const open = await sql<{ status: string; n: number }>(
    `SELECT status::text, count(*)::int AS n FROM claim WHERE id IN (${claims}) AND status IN ('to_check', 'researching', 'needs_review') GROUP BY 1`,
    values,
  );
  const verdicts = await sql<{ key: string | null; n: number }>(
    `SELECT r.key, count(*)::int AS n FROM claim c LEFT JOIN rating r ON r.id = c."ratingId"
     WHERE c.id IN (${claims}) AND c.status = 'published' GROUP BY 1`,
    values,
  );
  return {
    ...counts!,
    correctionsListed: counts!.corrected,
    markedToPublished: durations!.published,
    reviews: durations!.reviews,
    open: { to_check: 0, researching: 0, needs_review: 0, ...Object.fromEntries(open.map((o) => [o.status, o.n])) },
    verdicts: Object.fromEntries(verdicts.map((v) => [v.key ?? 'none', v.n])),
  };
}

/** The dashboard agrees with the history, unfiltered and for each outlet and member filter. */
async function expectExact() {
  const filters: Filter[] = [{}, { outlet: 'Daily Planet' }, { outlet: 'Gazette' }, { member: editorId }, { member: editorId, outlet: 'Gazette' }];
  for (const filter of filters) expect(await shown(filter), JSON.stringify(filter)).toEqual(await fromHistory(filter));
}

async function mark(article: ArticleDto, exact: string): Promise<ClaimDto> {
  return ok(checker.api.post<ClaimDto>(`/api/v1/articles/${article.id}/claims`, { selector: { type: 'TextQuoteSelector', exact } }), 201);
}

async function claim(id: string): Promise<ClaimDto> {
  return ok(editor.api.get<ClaimDto>(`/api/v1/claims/${id}`));
}

beforeAll(async () => {
  owner = await createMember('rollup-owner');
  [editor, checker] = await Promise.all([createTeammate(owner, 'editor'), createTeammate(owner, 'checker')]);
  const members = await ok(owner.api.get<{ members: MemberDto[] }>('/api/v1/members'));
  editorId = members.members.find((m) => m.email === editor.user.email)!.userId;
  planet = await createArticle(checker.api, { title: 'Crime', outlet: 'Daily Planet', text: 'Crime fell by a third. Police say it rose. Arrests doubled.' });
  gazette = await createArticle(checker.api, { title: 'Budget', outlet: 'Gazette', text: 'Taxes went down. Spending went up.' });
  const [row] = await sql<{ workspaceId: string }>(`SELECT "workspaceId" FROM article WHERE id = $1`, [planet.id]);
  workspaceId = row!.workspaceId;
}, 120_000);

describe('the dashboard while the desk works', () => {
  let crime: ClaimDto;
  let taxes: ClaimDto;

  it('counts claims as they are marked, proposed, published and sent back', async () => {
    crime = await mark(planet, 'Crime fell by a third');
    taxes = await mark(gazette, 'Taxes went down');
    await mark(planet, 'Arrests doubled');
    expect(await shown()).toMatchObject({ marked: 3, proposed: 0, open: { to_check: 3, researching: 0, needs_review: 0 } });

    crime = await ok(checker.api.patch<ClaimDto>(`/api/v1/claims/${crime.id}`, { version: crime.version, status: 'needs_review', verdict: 'false' }));
    taxes = await ok(checker.api.patch<ClaimDto>(`/api/v1/claims/${taxes.id}`, { version: taxes.version, status: 'needs_review', verdict: 'true' }));
    expect(await shown()).toMatchObject({ proposed: 2, open: { needs_review: 2 } });

    crime = await ok(editor.api.post<ClaimDto>(`/api/v1/claims/${crime.id}/approve`, { version: crime.version }));
    taxes = await ok(editor.api.post<ClaimDto>(`/api/v1/claims/${taxes.id}/send-back`, { version: taxes.version, comment: 'Which taxes?' }));
    expect(await shown()).toMatchObject({ published: 1, markedToPublished: 1, reviews: 2, verdicts: { false: 1 }, open: { researching: 1 } });
    await expectExact();
  });

  it('follows a correction of a published verdict', async () => {
    crime = await ok(
      editor.api.patch<ClaimDto>(`/api/v1/claims/${crime.id}`, {
        version: crime.version,
        verdict: 'mostly_false',
        explanation: 'The police revised their count.',
        correctionReason: 'The police revised their figures.',
      }),
    );
    expect(await shown()).toMatchObject({ corrected: 1, correctionsListed: 1, verdicts: { mostly_false: 1 } });
    await expectExact();
  });

  it('moves a claim to its new assignee’s figures', async () => {
    const before = await shown({ member: editorId });
    await ok(owner.api.patch(`/api/v1/claims/${taxes.id}`, { version: (await claim(taxes.id)).version, assigneeId: editorId }));
    expect(await shown({ member: editorId })).toMatchObject({ marked: before.marked + 1, open: { researching: 1 } });
    await expectExact();
    await ok(owner.api.patch(`/api/v1/claims/${taxes.id}`, { version: (await claim(taxes.id)).version, assigneeId: null }));
    expect(await shown({ member: editorId })).toEqual(before);
    await expectExact();
  });

  it('follows an article to its new outlet', async () => {
    // The article's outlet as a metadata edit writes it (the claims themselves do not change).
    await sql(`UPDATE article SET outlet = 'Daily Planet' WHERE id = $1`, [gazette.id]);
    expect(await shown({ outlet: 'Gazette' })).toMatchObject({ marked: 0, proposed: 0, reviews: 0, open: { researching: 0 } });
    expect(await shown({ outlet: 'Daily Planet' })).toMatchObject({ marked: 3, proposed: 2, reviews: 2 });
    await expectExact();
    await sql(`UPDATE article SET outlet = 'Gazette' WHERE id = $1`, [gazette.id]);
    await expectExact();
  });

  it('leaves a deleted claim out at once, and counts it again when the deletion is undone', async () => {
    await ok(editor.api.delete(`/api/v1/claims/${crime.id}`), 204);
    expect(await shown()).toMatchObject({ marked: 2, published: 0, corrected: 0, correctionsListed: 0, markedToPublished: 0, reviews: 1, verdicts: {} });
    await expectExact();
    await ok(editor.api.post(`/api/v1/claims/${crime.id}/restore`, {}));
    expect(await shown()).toMatchObject({ marked: 3, published: 1, corrected: 1, reviews: 2, verdicts: { mostly_false: 1 } });
    await expectExact();
  });

  it('counts a history rewritten in place, and forgets claims removed for good with their article', async () => {
    // History moved out of the range (as an import of older work or a fixture would).
    await sql(`UPDATE claim_event SET at = now() - interval '200 days' WHERE "claimId" = $1 AND kind = 'created'`, [taxes.id]);
    expect(await shown()).toMatchObject({ marked: 2 });
    await expectExact();
    await sql(`DELETE FROM article WHERE id = $1`, [planet.id]);
    expect(await shown()).toMatchObject({ marked: 0, proposed: 1, published: 0, verdicts: {}, open: { to_check: 0, researching: 1 } });
    await expectExact();
    const [left] = await sql<{ n: number }>(
      `SELECT (SELECT count(*) FROM dashboard_claim WHERE "claimId" = $1) + (SELECT count(*) FROM dashboard_claim_day WHERE "claimId" = $1)
              + (SELECT count(*) FROM dashboard_decision WHERE "claimId" = $1) AS n`,
      [crime.id],
    );
    expect(Number(left!.n)).toBe(0);
  });
});
