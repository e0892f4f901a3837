// Story: a corrected transcript has two versions: one claim moved with its words, one lost its
// place (an orphan, with the reason and best candidate kept for the editor), and the title was
// corrected. The admin backs the workspace up and restores it as a new workspace on the same
// server (so every id is replaced): version 1 still shows the moved claim where it stood then,
// the orphan keeps its note, the article keeps its history. An archive written before these were
// kept still restores; its old version then says that claim positions were not recorded.
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDto } from '@/lib/validations/article';
import type { AddVersionResultDto, VersionListItemDto } from '@/lib/validations/article-version';
import type { ArticleEventDto, ArticleVersionDetailDto } from '@/lib/validations/article-revision';
import type { OrphanNoteListDto } from '@/lib/validations/orphan-note';
import type { ClaimDto } from '@/lib/validations/claim';
import type { BackupArchive, BackupContent, RestoreResult } from '@/lib/validations/backup';
import { buildArchive } from '@/lib/core/backup/write-archive';
import { contentChecksum } from '@/lib/core/backup/archive-checksum';
import { sealOf } from '@/lib/server/backup/archive-seal';
import { apiFor, baseUrl, createArticle, createMember, createTeammate, sessionCookieOf, type Api, type Member } from './support/api';
import { createToken } from './support/test-users';
import { markClaim } from './support/share-fixtures';

const P1 = 'The minister opened the session at nine and thanked the interpreters.';
const P2 = 'According to the health minister, who spoke first, the new clinic treated 4,000 patients in its first month, more than the old hospital did in a year.';
const P3 = 'An opposition member claimed the budget had doubled since 2020.';
const P4 = 'The session closed with a vote on the water plan.';

let admin: Member;
let editor: Member;
let article: ArticleDto;
let kept: ClaimDto;
let lost: ClaimDto;
let archive: BackupArchive;

type Snapshot = { v1: ArticleVersionDetailDto; versions: VersionListItemDto[]; orphans: OrphanNoteListDto['orphans']; history: ArticleEventDto[] };

async function snapshot(api: Api, articleId: string): Promise<Snapshot> {
  const [v1, versions, orphans, history] = await Promise.all([
    api.get<ArticleVersionDetailDto>(`/api/v1/articles/${articleId}/versions/1`),
    api.get<{ versions: VersionListItemDto[] }>(`/api/v1/articles/${articleId}/versions`),
    api.get<OrphanNoteListDto>(`/api/v1/articles/${articleId}/orphans`),
    api.get<{ events: ArticleEventDto[] }>(`/api/v1/articles/${articleId}/history`),
  ]);
  expect([v1.status, versions.status, orphans.status, history.status]).toEqual([200, 200, 200, 200]);
  return { v1: v1.body, versions: versions.body.versions, orphans: orphans.body.orphans, history: history.body.events };
}

/** A restore as a new workspace by someone else, and their API in it. */
async function restoreAsNew(label: string, body: Uint8Array) {
  const restorer = await createMember(label);
  const response = await fetch(`${baseUrl}/api/v1/workspace/restore?target=new`, {
    method: 'POST',
    headers: { authorization: `Bearer ${restorer.token}`, 'content-type': 'application/gzip' },
    body: new Uint8Array(body),
  });
  const result = (await response.json()) as RestoreResult;
  expect(response.status, JSON.stringify(result)).toBe(201);
  const api = apiFor(await createToken(restorer.user.email, result.workspace.name));
  const { articles } = (await api.get<{ articles: { id: string; title: string }[] }>('/api/v1/articles')).body;
  expect(articles.map((a) => a.title)).toEqual(['Session transcript']);
  return { restorer, result, api, articleId: articles[0]!.id };
}

/** The page of version 1 as the restorer's browser would ask for it, in the restored workspace. */
async function versionPage(member: Member, workspaceId: string, articleId: string): Promise<string> {
  const cookie = `${await sessionCookieOf(member)}; factdesk-workspace=${workspaceId}`;
  const response = await fetch(`${baseUrl}/articles/${articleId}/versions/1`, { headers: { cookie } });
  expect(response.status).toBe(200);
  return response.text();
}

const NOT_RECORDED = 'Positions of claims were not recorded for this version';

beforeAll(async () => {
  admin = await createMember('history-backup');
  editor = await createTeammate(admin, 'editor');
  article = await createArticle(editor.api, { title: 'Sesion transcript', text: [P1, P2, P3].join('\n\n') });
  kept = await markClaim(editor.api, article.id, 'the new clinic treated 4,000 patients');
  lost = await markClaim(editor.api, article.id, 'the budget had doubled since 2020');
  expect((await editor.api.patch(`/api/v1/articles/${article.id}`, { metadataVersion: 1, title: 'Session transcript' })).status).toBe(200);
  const revised = await editor.api.post<AddVersionResultDto>(`/api/v1/articles/${article.id}/versions`, {
    text: [P1, 'A correction was read into the record.', P2, P4].join('\n\n'),
  });
  expect(revised.status).toBe(201);
  const response = await fetch(`${baseUrl}/api/v1/workspace/backup`, { headers: { authorization: `Bearer ${admin.token}` } });
  expect(response.status).toBe(200);
  archive = JSON.parse(gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8')) as BackupArchive;
}, 180_000);

describe('a backup of an article with versions, a moved claim and an orphan', () => {
  it('carries the saved position, the orphan note and the article history, with counts', () => {
    expect(archive.manifest.counts).toMatchObject({ articleVersions: 2, claims: 2, claimPositions: 1, claimOrphanNotes: 1, articleEvents: 2 });
    expect(archive.content.claimPositions).toEqual([
      expect.objectContaining({ claimId: kept.id, articleVersionId: kept.articleVersionId, start: kept.start, end: kept.end, exact: kept.exact }),
    ]);
    expect(archive.content.claimOrphanNotes).toEqual([expect.objectContaining({ claimId: lost.id })]);
    expect(archive.content.articleEvents.map((e) => [e.kind, e.field, e.actor])).toEqual([
      ['metadata_changed', 'title', editor.user.email],
      ['version_added', null, editor.user.email],
    ]);
    expect(archive.content.articleVersions.map((v) => [v.number, v.claimsMoved, v.claimsOrphaned])).toEqual([
      [1, null, null],
      [2, 1, 1],
    ]);
  });

  it('restores as a new workspace with new ids: version 1 shows the moved claim where it stood, the orphan keeps its note, the history stays', async () => {
    const before = await snapshot(admin.api, article.id);
    const { restorer, result, api, articleId } = await restoreAsNew('history-restorer', gzipSync(JSON.stringify(archive)));
    expect(result.idsKept).toBe(false);
    expect(articleId).not.toBe(article.id);
    const after = await snapshot(api, articleId);
    const claims = (await api.get<{ claims: ClaimDto[] }>(`/api/v1/articles/${articleId}/claims`)).body.claims;
    const keptNow = claims.find((c) => c.exact === kept.exact)!;
    const lostNow = claims.find((c) => c.exact === lost.exact)!;
    expect(keptNow.id).not.toBe(kept.id);

    // Version 1, frozen: the moved claim at its old position (it now points into version 2).
    expect(keptNow.articleVersionId).not.toBe(after.v1.id);
    expect(after.v1.claims).toEqual([
      expect.objectContaining({ id: keptNow.id, start: kept.start, end: kept.end, exact: kept.exact, orphaned: false }),
      expect.objectContaining({ id: lostNow.id, start: lost.start, end: lost.end, orphaned: true }),
    ]);
    expect(after.v1.positionsRecorded).toBe(true);
    expect(Array.from(after.v1.text).slice(kept.start, kept.end).join('')).toBe(kept.exact);
    expect(after.v1.claims.map(({ id: _id, ...rest }) => rest)).toEqual(before.v1.claims.map(({ id: _id, ...rest }) => rest));

    // The orphan's reason, detail and "attach here?" candidate, on the restored claim.
    expect(after.orphans).toHaveLength(1);
    expect(after.orphans).toEqual(before.orphans.map((note) => ({ ...note, claimId: lostNow.id })));

    // The history: same events, same people, same times; the version list keeps its counts.
    const events = (list: ArticleEventDto[]) => list.map(({ id: _id, ...rest }) => rest);
    expect(events(after.history)).toEqual(events(before.history));
    expect(after.history.map((e) => e.kind).sort()).toEqual(['metadata_changed', 'version_added']);
    expect(after.versions.map(({ id: _id, ...rest }) => rest)).toEqual(before.versions.map(({ id: _id, ...rest }) => rest));

    const html = await versionPage(restorer, result.workspace.id, articleId);
    expect(html).toContain('It is frozen: claims are shown where they stood then.');
    expect(html).not.toContain(NOT_RECORDED);
  });

  it('still restores an archive written before positions, notes and history were kept; its old version says positions were not recorded', async () => {
    const older = structuredClone(archive.content) as Partial<BackupContent> & Record<string, unknown>;
    delete older.claimPositions;
    delete older.articleEvents;
    delete older.claimOrphanNotes;
    for (const row of older.articles!) delete (row as Partial<typeof row>).deletedBy;
    for (const row of older.articleVersions!) {
      delete (row as Partial<typeof row>).claimsMoved;
      delete (row as Partial<typeof row>).claimsOrphaned;
    }
    // An older writer wrote neither these tables nor their counts.
    const built = buildArchive(archive.content, { appVersion: 'older', createdAt: new Date() });
    const { claimPositions: _p, articleEvents: _e, claimOrphanNotes: _n, ...counts } = built.manifest.counts;
    const sha256 = contentChecksum(older);
    const manifest = { counts, sha256, seal: sealOf(sha256) ?? undefined };
    const { restorer, result, api, articleId } = await restoreAsNew('history-older', gzipSync(JSON.stringify({ ...built, manifest, content: older })));
    expect(result.counts).toMatchObject({ claimPositions: 0, articleEvents: 0, claimOrphanNotes: 0 });
    const after = await snapshot(api, articleId);
    // Only the orphan still points into version 1; where the moved claim stood is unknown.
    expect(after.v1.claims.map((c) => [c.exact, c.orphaned])).toEqual([[lost.exact, true]]);
    expect(after.v1.positionsRecorded).toBe(false);
    expect(after.history).toEqual([]);
    expect(after.orphans).toEqual([]);
    const html = await versionPage(restorer, result.workspace.id, articleId);
    expect(html).toContain(NOT_RECORDED);
  });
});
