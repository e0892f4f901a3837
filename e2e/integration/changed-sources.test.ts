// Story: the weekly re-check finds that some cited pages changed or went away since Factdesk
// archived them. The desk opens "Changed sources" and sees exactly those (newest check first),
// with the claim and article each supports, a link to the claim on its article and to the archived
// copy; not the sources still as archived, not those of a deleted claim, not another workspace's.
//
// The re-check's outcome is written directly into evidence_archive (the re-check job itself is
// covered by archive-evidence.test.ts); the sources' links are inward addresses, so their archive
// jobs fail at once and never touch the rows afterwards.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChangedSourceDto } from '@/lib/validations/changed-sources';
import type { EvidenceDto } from '@/lib/validations/evidence';
import { baseUrl, createArticle, createMember, createTeammate, sessionCookieOf, type Member } from './support/api';
import { sql } from './support/database';
import { eventually } from './support/eventually';
import { markClaim } from './support/share-fixtures';

type ChangedPage = { sources: ChangedSourceDto[]; nextCursor: string | null };

let editor: Member;
let viewer: Member;
let stranger: Member;
let articleId: string;
let claimId: string;
const ids: Record<'changed' | 'gone' | 'ok' | 'deletedClaim' | 'oldLink' | 'stranger', string> = {} as never;

async function addEvidence(member: Member, claim: string, title: string): Promise<string> {
  const url = `http://127.0.0.1/changed-sources/${encodeURIComponent(title)}`;
  const response = await member.api.post<EvidenceDto>(`/api/v1/claims/${claim}/evidence`, { url, passage: 'a passage', stance: 'supports', title });
  if (response.status !== 201) throw new Error(`Adding evidence failed: ${response.status} ${response.text}`);
  const id = response.body.id;
  // The archive job refuses the inward address once; after that nothing else writes the row.
  await eventually(() => sql<{ state: string }>(`SELECT state FROM evidence_archive WHERE "evidenceId" = $1`, [id]), (rows) => rows[0]?.state === 'failed', 'the archive job to finish');
  return id;
}

/** What the weekly re-check would have written, `minutesAgo` minutes ago. */
async function checked(evidenceId: string, state: 'ok' | 'changed' | 'gone', minutesAgo: number, detail = '') {
  await sql(
    `UPDATE evidence_archive SET state = 'archived', "archivedAt" = now() - interval '1 day', "checkState" = $2, "checkDetail" = $3,
       "checkedAt" = now() - make_interval(mins => $4) WHERE "evidenceId" = $1`,
    [evidenceId, state, detail, minutesAgo],
  );
}

beforeAll(async () => {
  editor = await createMember('changed-sources');
  viewer = await createTeammate(editor, 'viewer');
  stranger = await createMember('changed-sources-stranger');
  const article = await createArticle(editor.api, { title: 'Harbour traffic', text: 'The bridge carries 45,000 vehicles a day. The ferry is full every morning.' });
  articleId = article.id;
  claimId = (await markClaim(editor.api, articleId, 'The bridge carries 45,000 vehicles a day')).id;
  const doomed = await markClaim(editor.api, articleId, 'The ferry is full every morning');
  const theirs = await createArticle(stranger.api, { title: 'Their article', text: 'Their claim about the harbour.' });
  const theirClaim = (await markClaim(stranger.api, theirs.id, 'Their claim about the harbour')).id;

  ids.changed = await addEvidence(editor, claimId, 'Transport figures');
  ids.gone = await addEvidence(editor, claimId, 'Ministry press release');
  ids.ok = await addEvidence(editor, claimId, 'Statistics office');
  ids.oldLink = await addEvidence(editor, claimId, 'Moved report');
  ids.deletedClaim = await addEvidence(editor, doomed.id, 'Ferry timetable');
  ids.stranger = await addEvidence(stranger, theirClaim, 'Their source');

  await checked(ids.changed, 'changed', 1, 'The passage is no longer on the live page.');
  await checked(ids.gone, 'gone', 2, 'The page answered 404.');
  await checked(ids.ok, 'ok', 0);
  await checked(ids.deletedClaim, 'changed', 3);
  await checked(ids.stranger, 'gone', 1);
  // A check of a link the evidence no longer cites says nothing about its current one.
  await checked(ids.oldLink, 'changed', 4);
  await sql(`UPDATE evidence_archive SET url = 'http://127.0.0.1/an-older-link' WHERE "evidenceId" = $1`, [ids.oldLink]);

  const deleted = await editor.api.delete(`/api/v1/claims/${doomed.id}?version=${doomed.version}`);
  expect(deleted.status).toBe(204);
});

describe('the desk sees the sources that changed or went away since archived', () => {
  it('lists changed and gone sources, newest check first, with their claim and article', async () => {
    const response = await viewer.api.get<ChangedPage>('/api/v1/sources/changed');
    expect(response.status).toBe(200);
    expect(response.body.sources.map((s) => s.evidence.id)).toEqual([ids.changed, ids.gone]);
    expect(response.body.nextCursor).toBeNull();
    const [changed, gone] = response.body.sources;
    expect(changed).toMatchObject({
      evidence: { id: ids.changed, title: 'Transport figures', url: 'http://127.0.0.1/changed-sources/Transport%20figures' },
      check: { state: 'changed', detail: 'The passage is no longer on the live page.' },
      claim: { id: claimId, text: 'The bridge carries 45,000 vehicles a day', status: 'to_check' },
      article: { id: articleId, title: 'Harbour traffic' },
    });
    expect(changed?.archivedAt).toEqual(expect.any(String));
    expect(gone?.check).toMatchObject({ state: 'gone', detail: 'The page answered 404.' });
  });

  it('leaves out another workspace’s sources', async () => {
    const theirs = await stranger.api.get<ChangedPage>('/api/v1/sources/changed');
    expect(theirs.body.sources.map((s) => s.evidence.id)).toEqual([ids.stranger]);
  });

  it('pages with a cursor, and refuses a cursor that is not one of ours', async () => {
    const first = await editor.api.get<ChangedPage>('/api/v1/sources/changed?limit=1');
    expect(first.body.sources.map((s) => s.evidence.id)).toEqual([ids.changed]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await editor.api.get<ChangedPage>(`/api/v1/sources/changed?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.sources.map((s) => s.evidence.id)).toEqual([ids.gone]);
    expect(second.body.nextCursor).toBeNull();
    expect((await editor.api.get('/api/v1/sources/changed?cursor=bm90LW91cnM')).status).toBe(400);
  });

  it('shows them on the Changed sources page, linked to the claim and the archived copy', async () => {
    const response = await fetch(`${baseUrl}/sources`, { headers: { cookie: await sessionCookieOf(editor) } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Changed sources');
    expect(html).toContain('Page changed');
    expect(html).toContain('Page gone');
    expect(html).toContain('Transport figures');
    expect(html).toContain('Ministry press release');
    expect(html).not.toContain('Statistics office');
    expect(html).not.toContain('Ferry timetable');
    expect(html).toContain(`href="/articles/${articleId}?claim=${claimId}&amp;evidence=${ids.changed}"`);
    expect(html).toContain(`href="/evidence/${ids.gone}/archive"`);
  });

  it('pages on the Changed sources page with "More"', async () => {
    const cookie = await sessionCookieOf(editor);
    const first = await (await fetch(`${baseUrl}/sources?limit=1`, { headers: { cookie } })).text();
    expect(first).toContain('Transport figures');
    expect(first).not.toContain('Ministry press release');
    const more = /href="(\/sources\?cursor=[^"]+)"/.exec(first)?.[1];
    expect(more).toBeDefined();
    const second = await (await fetch(`${baseUrl}${more!.replaceAll('&amp;', '&')}`, { headers: { cookie } })).text();
    expect(second).toContain('Ministry press release');
    expect(second).not.toContain('Transport figures');
  });

  it('says so when no source changed', async () => {
    const lonely = await createMember('changed-sources-empty');
    const html = await (await fetch(`${baseUrl}/sources`, { headers: { cookie: await sessionCookieOf(lonely) } })).text();
    expect(html).toContain('No changed sources.');
  });
});
