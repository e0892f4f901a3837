// Story: a fact-checker cites a source; Factdesk fetches it in the background and keeps a copy
// (raw bytes compressed, readable text, SHA-256, status, final URL, time), says whether the
// passage relied on is in it, stores identical pages once, refuses inward and oversized targets,
// and later tells the desk when the live page changed or went away. Members open the copy in a
// sanitised reader or download it raw (sandboxed); nobody from another workspace can. Readers of
// a published verdict open the copies of its sources through the verdict's link; a backup
// carries the copies to a restored workspace.
//
// The sources are served by a local server on 127.0.0.1:27850, which scripts/test.sh lets the
// app reach (FACTDESK_IMPORT_ALLOW_HOSTS); every other private address stays refused.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupArchive } from '@/lib/validations/backup';
import type { ClaimDto } from '@/lib/validations/claim';
import type { EvidenceDto } from '@/lib/validations/evidence';
import type { EvidenceArchiveDto } from '@/lib/validations/evidence-archive';
import { baseUrl, createArticle, createMember, createTeammate, sessionCookieOf, type Member } from './support/api';
import { sql } from './support/database';
import { eventually } from './support/eventually';
import { createClaimLink, markClaim, tokenOf } from './support/share-fixtures';
import { setSelfApproval } from './support/workspace-settings';

const PORT = 27850;
const origin = `http://127.0.0.1:${PORT}`;

type Page = { status: number; type: string; body: string | Buffer; location?: string };
const pages = new Map<string, Page>();
const html = (body: string): Page => ({ status: 200, type: 'text/html; charset=utf-8', body });

const REPORT = `<!doctype html><html><head><title>Transport figures 2024</title>
<script>window.evilMarker = 'script-ran'</script></head><body>
<nav><a href="/">Home</a></nav>
<article><h1>Transport figures 2024</h1>
<p>The ministry counted traffic on every crossing of the harbour during the whole year, with automatic counters on each lane.</p>
<p>In 2024 the harbour bridge carried 31,200 vehicles a day on average, down from 33,000 in 2023.</p>
<p>The ferry carried about 4,000 people on weekdays<img src="x" onerror="evilMarker()">, and more at weekends in summer.</p>
<p>Figures are rounded to the nearest hundred and published every spring by the statistics office.</p>
</article></body></html>`;
const PASSAGE = 'In 2024 the harbour bridge carried 31,200 vehicles a day on average';

let server: Server;
let editor: Member;
let stranger: Member;
let claimId: string;
let run = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    const page = pages.get(new URL(request.url ?? '/', origin).pathname);
    if (!page) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    response.writeHead(page.status, { 'content-type': page.type, ...(page.location ? { location: page.location } : {}) }).end(page.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(PORT, '127.0.0.1', resolve);
  });
  editor = await createMember('archive-evidence');
  stranger = await createMember('archive-stranger');
  const article = await createArticle(editor.api, { title: 'Bridge traffic', text: 'The minister said the bridge carries 45,000 vehicles a day.' });
  claimId = (await markClaim(editor.api, article.id, 'the bridge carries 45,000 vehicles a day')).id;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A fresh path serving `page`, so stories never share a source. */
function source(page: Page, name = 'source'): string {
  const path = `/${name}-${++run}`;
  pages.set(path, page);
  return path;
}

async function addEvidence(url: string, passage = PASSAGE, member = editor): Promise<EvidenceDto> {
  const response = await member.api.post<EvidenceDto>(`/api/v1/claims/${claimId}/evidence`, { url, passage, stance: 'refutes', title: 'Transport figures' });
  if (response.status !== 201) throw new Error(`Adding evidence failed: ${response.status} ${response.text}`);
  return response.body;
}

const archiveOf = async (evidenceId: string, member = editor) => (await member.api.get<EvidenceArchiveDto>(`/api/v1/evidence/${evidenceId}/archive`)).body;
const settled = (evidenceId: string) => eventually(() => archiveOf(evidenceId), (a) => a.state === 'archived' || a.state === 'failed', 'the archiving job');

describe('archiving evidence', () => {
  it('stores a copy with its hash, status and final URL, and finds the passage in it', async () => {
    const path = source(html(REPORT));
    const moved = source({ status: 301, type: 'text/plain', body: '', location: path }, 'moved');
    const evidence = await addEvidence(`${origin}${moved}`, `  in 2024 the Harbour bridge carried 31,200   vehicles a day on average `);
    expect((await archiveOf(evidence.id)).state).toBe('pending');

    const archive = await settled(evidence.id);
    expect(archive).toMatchObject({
      state: 'archived',
      error: null,
      httpStatus: 200,
      finalUrl: `${origin}${path}`,
      contentType: 'text/html',
      byteSize: Buffer.byteLength(REPORT),
      sha256: createHash('sha256').update(REPORT).digest('hex'),
      passage: 'found',
      check: null,
    });
    expect(Date.now() - Date.parse(archive.archivedAt!)).toBeLessThan(60_000);

    const [row] = await sql<{ size: number }>(`SELECT octet_length("rawBody") AS size FROM evidence_snapshot WHERE "contentHash" = $1`, [archive.sha256]);
    expect(row!.size).toBeLessThan(Buffer.byteLength(REPORT)); // compressed
  });

  it('tells the review report where each source’s passage stands in its archived copy', async () => {
    const article = await createArticle(editor.api, { title: 'Bridge traffic, the report', text: 'The minister said the bridge carries 45,000 vehicles a day.' });
    const claim = await markClaim(editor.api, article.id, 'the bridge carries 45,000 vehicles a day');
    const cite = async (passage: string) => {
      const response = await editor.api.post<EvidenceDto>(`/api/v1/claims/${claim.id}/evidence`, { url: `${origin}${source(html(REPORT))}`, passage, stance: 'refutes', title: 'Transport figures' });
      expect(response.status).toBe(201);
      return settled(response.body.id);
    };
    expect(await cite(PASSAGE)).toMatchObject({ passage: 'found' });
    expect(await cite('The bridge carried 45,000 vehicles a day')).toMatchObject({ passage: 'not_found' });

    const markdown = (await editor.api.get<string>(`/api/v1/articles/${article.id}/export?format=markdown&scope=all`)).text;
    expect(markdown).toMatch(/Passage found in the copy archived on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\./);
    expect(markdown).toMatch(/Passage not found in the copy archived on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\./);
    const json = await editor.api.get<{ claims: { evidence: { archive?: { passage: string } }[] }[] }>(`/api/v1/articles/${article.id}/export?format=json&scope=all`);
    expect(json.body.claims[0]!.evidence.map((e) => e.archive?.passage).sort()).toEqual(['found', 'not_found']);
  });

  it('says when the passage is not in the copy, and finds a corrected passage again', async () => {
    const evidence = await addEvidence(`${origin}${source(html(REPORT))}`, 'The bridge carried 45,000 vehicles a day');
    expect(await settled(evidence.id)).toMatchObject({ state: 'archived', passage: 'not_found' });

    await editor.api.patch(`/api/v1/evidence/${evidence.id}`, { passage: PASSAGE });
    await eventually(() => archiveOf(evidence.id), (a) => a.passage === 'found', 'the passage found again');
  });

  it('stores identical pages once per workspace', async () => {
    const first = await addEvidence(`${origin}${source(html(REPORT))}`);
    const second = await addEvidence(`${origin}${source(html(REPORT))}`);
    const [a, b] = await Promise.all([settled(first.id), settled(second.id)]);
    expect(a.sha256).toBe(b.sha256);
    const rows = await sql<{ id: string }>(
      `SELECT s.id FROM evidence_snapshot s JOIN evidence_archive a ON a."snapshotId" = s.id WHERE a."evidenceId" = ANY($1)`,
      [[first.id, second.id]],
    );
    expect(new Set(rows.map((r) => r.id)).size).toBe(1);
  });

  it('refuses inward addresses and oversized pages, and records why', async () => {
    const inward = await addEvidence('http://10.0.0.1/internal');
    const localhost = await addEvidence(`http://localhost:${PORT}${source(html(REPORT))}`);
    const huge = await addEvidence(`${origin}${source({ status: 200, type: 'text/html', body: Buffer.alloc(6 * 1024 * 1024, 'a') }, 'huge')}`);
    for (const id of [inward.id, localhost.id]) {
      const archive = await settled(id);
      expect(archive).toMatchObject({ state: 'failed', sha256: null });
      expect(archive.error).toMatch(/will not fetch/);
    }
    expect(await settled(huge.id)).toMatchObject({ state: 'failed', error: expect.stringMatching(/larger than 5 MB/) });
  });
});

describe('re-checking archived sources', () => {
  it('flags a page whose passage is gone as changed, and a page that answers 404 as gone', async () => {
    const changing = source(html(REPORT));
    const vanishing = source(html(REPORT));
    const changed = await addEvidence(`${origin}${changing}`);
    const gone = await addEvidence(`${origin}${vanishing}`);
    await Promise.all([settled(changed.id), settled(gone.id)]);

    pages.set(changing, html(REPORT.replace('31,200 vehicles a day', '29,000 vehicles a day')));
    pages.delete(vanishing);
    for (const id of [changed.id, gone.id]) expect((await editor.api.post(`/api/v1/evidence/${id}/archive/check`)).status).toBe(202);

    const afterChange = await eventually(() => archiveOf(changed.id), (a) => a.check !== null, 'the re-check');
    expect(afterChange.check).toMatchObject({ state: 'changed' });
    const afterGone = await eventually(() => archiveOf(gone.id), (a) => a.check !== null, 'the re-check');
    expect(afterGone.check).toMatchObject({ state: 'gone', detail: expect.stringContaining('404') });
    // The copy itself stays as it was archived.
    expect(afterChange).toMatchObject({ state: 'archived', passage: 'found' });
  });

  it('keeps a changed page that still holds the passage as fine', async () => {
    const path = source(html(REPORT));
    const evidence = await addEvidence(`${origin}${path}`);
    await settled(evidence.id);
    pages.set(path, html(REPORT.replace('published every spring', 'published each April')));
    await editor.api.post(`/api/v1/evidence/${evidence.id}/archive/check`);
    const archive = await eventually(() => archiveOf(evidence.id), (a) => a.check !== null, 'the re-check');
    expect(archive.check).toMatchObject({ state: 'ok' });
  });
});

describe('the weekly re-check', () => {
  it('checks the copies a week old, through the job chain, and leaves newer ones alone', async () => {
    const [old, recent] = [source(html(REPORT)), source(html(REPORT))];
    const due = await addEvidence(`${origin}${old}`);
    const fresh = await addEvidence(`${origin}${recent}`);
    await Promise.all([settled(due.id), settled(fresh.id)]);
    pages.delete(old);
    pages.delete(recent);
    await sql(`UPDATE evidence_archive SET "checkedAt" = now() - interval '8 days' WHERE "evidenceId" = $1`, [due.id]);
    // The chain's next run waits an hour after the worker started: an operator's nudge brings it forward.
    await sql(`UPDATE pgboss.job SET start_after = now() WHERE name = 'evidence-recheck' AND state = 'created'`);

    const checked = await eventually(() => archiveOf(due.id), (a) => a.check !== null, 'the scheduled re-check');
    expect(checked.check).toMatchObject({ state: 'gone', detail: expect.stringContaining('404') });
    expect((await archiveOf(fresh.id)).check).toBeNull();
    // The chain goes on: its next run is queued.
    const waiting = () => sql<{ count: string }>(`SELECT count(*) FROM pgboss.job WHERE name = 'evidence-recheck' AND state = 'created'`);
    await eventually(waiting, ([row]) => Number(row!.count) === 1, 'the next run of the chain');
  });
});

describe('opening the archived copy', () => {
  let evidenceId: string;

  beforeAll(async () => {
    evidenceId = (await addEvidence(`${origin}${source(html(REPORT))}`)).id;
    await settled(evidenceId);
  });

  it('shows members a sanitised reader view with the passage marked', async () => {
    const response = await fetch(`${baseUrl}/evidence/${evidenceId}/archive`, { headers: { cookie: await sessionCookieOf(editor) } });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toMatch(/<mark id="passage"[^>]*>In 2024 the harbour bridge carried 31,200 vehicles a day on average<\/mark>/);
    expect(page).toContain('Passage found in the copy archived on');
    expect(page).toContain('The ferry carried about 4,000 people on weekdays');
    expect(page).not.toContain('evilMarker');
    expect(page).not.toContain('onerror');
  });

  it('serves the raw copy as a sandboxed download, byte for byte', async () => {
    const response = await editor.api.get<string>(`/api/v1/evidence/${evidenceId}/archive/raw`);
    expect(response.status).toBe(200);
    expect(response.text).toBe(REPORT);
    expect(response.headers.get('content-security-policy')).toMatch(/^sandbox;/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-factdesk-sha256')).toBe(createHash('sha256').update(REPORT).digest('hex'));
  });

  it('is not found for a member of another workspace, and a viewer may read but not re-check', async () => {
    for (const path of [`/api/v1/evidence/${evidenceId}/archive`, `/api/v1/evidence/${evidenceId}/archive/raw`]) {
      expect((await stranger.api.get(path)).status).toBe(404);
    }
    expect((await stranger.api.post(`/api/v1/evidence/${evidenceId}/archive/check`)).status).toBe(404);
    const page = await fetch(`${baseUrl}/evidence/${evidenceId}/archive`, { headers: { cookie: await sessionCookieOf(stranger) } });
    const body = await page.text();
    // The page streams behind a loading state, so the 404 may come as the not-found page only.
    expect(body).toContain('This page does not exist');
    expect(body).not.toContain('31,200');

    const viewer = await createTeammate(editor, 'viewer');
    expect((await viewer.api.get(`/api/v1/evidence/${evidenceId}/archive`)).status).toBe(200);
    expect((await viewer.api.post(`/api/v1/evidence/${evidenceId}/archive/check`)).status).toBe(403);
  });
});

describe('backup and restore', () => {
  it('carry the archived copies: the restored source has the same copy, hash and passage', async () => {
    const owner = await createMember('archive-backup');
    const article = await createArticle(owner.api, { title: 'Bridge traffic', text: 'The minister said the bridge carries 45,000 vehicles a day.' });
    const claim = await markClaim(owner.api, article.id, 'the bridge carries 45,000 vehicles a day');
    const added = await owner.api.post<EvidenceDto>(`/api/v1/claims/${claim.id}/evidence`, { url: `${origin}${source(html(REPORT))}`, passage: PASSAGE, stance: 'refutes' });
    const before = await eventually(() => archiveOf(added.body.id, owner), (a) => a.state === 'archived', 'archiving');

    const backup = await fetch(`${baseUrl}/api/v1/workspace/backup`, { headers: { authorization: `Bearer ${owner.token}` } });
    const bytes = Buffer.from(await backup.arrayBuffer());
    const { manifest } = JSON.parse(gunzipSync(bytes).toString('utf8')) as BackupArchive;
    expect(manifest.counts).toMatchObject({ evidenceSnapshots: 1, evidenceArchives: 1 });

    const restorer = await createMember('archive-restorer');
    const restored = await fetch(`${baseUrl}/api/v1/workspace/restore`, {
      method: 'POST',
      headers: { authorization: `Bearer ${restorer.token}`, 'content-type': 'application/gzip' },
      body: new Uint8Array(bytes),
    });
    expect(restored.status).toBe(201);
    const [copy] = (await restorer.api.get<{ articles: { id: string }[] }>('/api/v1/articles')).body.articles;
    const [restoredClaim] = (await restorer.api.get<{ claims: { id: string; evidence: EvidenceDto[] }[] }>(`/api/v1/articles/${copy!.id}/claims`)).body.claims;
    const evidenceId = restoredClaim!.evidence[0]!.id;
    // Restored next to the original, so every id is new; the copy is the same.
    expect(evidenceId).not.toBe(added.body.id);
    const after = await archiveOf(evidenceId, restorer);
    expect(after).toEqual({ ...before, evidenceId });
    expect((await restorer.api.get<string>(`/api/v1/evidence/${evidenceId}/archive/raw`)).text).toBe(REPORT);
  });
});

describe('public verdict pages', () => {
  it('link to a public copy of each archived source, readable only through the share link', async () => {
    const desk = await createMember('archive-public');
    await setSelfApproval(desk.user.workspace, true);
    const article = await createArticle(desk.api, { title: 'Bridge traffic', text: 'The minister said the bridge carries 45,000 vehicles a day.' });
    const claim = await markClaim(desk.api, article.id, 'the bridge carries 45,000 vehicles a day');
    const added = await desk.api.post<EvidenceDto>(`/api/v1/claims/${claim.id}/evidence`, { url: `${origin}${source(html(REPORT))}`, passage: PASSAGE, stance: 'refutes', title: 'Transport figures' });
    await eventually(() => archiveOf(added.body.id, desk), (a) => a.state === 'archived', 'archiving');
    const current = (await desk.api.get<ClaimDto>(`/api/v1/claims/${claim.id}`)).body;
    expect((await desk.api.patch(`/api/v1/claims/${claim.id}`, { version: current.version, verdict: 'false', status: 'published' })).status).toBe(200);
    const link = await createClaimLink(desk.api, claim.id);

    const verdictPage = await (await fetch(link.url)).text();
    expect(verdictPage).toMatch(/Passage found in the copy archived on \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC\./);
    expect(verdictPage).toContain(`href="${link.url}/sources/1"`);

    const copy = await fetch(`${link.url}/sources/1`);
    expect(copy.status).toBe(200);
    expect(copy.headers.get('content-security-policy')).toBeTruthy();
    const body = await copy.text();
    expect(body).toMatch(/<mark[^>]*>In 2024 the harbour bridge carried 31,200 vehicles a day on average<\/mark>/);
    expect(body).toContain(createHash('sha256').update(REPORT).digest('hex'));
    expect(body).not.toContain('evilMarker');
    expect(body).not.toContain('<script');

    expect((await fetch(`${link.url}/sources/2`)).status).toBe(404);
    expect((await fetch(`${link.url}/sources/first`)).status).toBe(404);
    const token = tokenOf(link.url);
    expect((await fetch(`${baseUrl}/v/${token.slice(0, -2)}xx/sources/1`)).status).toBe(404);

    // Under the verdict's permalink (decision 044) while the desk's public pages are on, and only then.
    const slug = `archive-${Date.now().toString(36)}`;
    const permalink = `${baseUrl}/p/${slug}/verdicts/${claim.id}`;
    expect((await fetch(`${permalink}/sources/1`)).status).toBe(404);
    expect((await desk.api.patch('/api/v1/workspace/public-pages', { enabled: true, slug })).status).toBe(200);
    expect(await (await fetch(permalink)).text()).toContain(`href="${permalink}/sources/1"`);
    const permalinkCopy = await fetch(`${permalink}/sources/1`);
    expect(permalinkCopy.status).toBe(200);
    const permalinkBody = await permalinkCopy.text();
    expect(permalinkBody).toContain(createHash('sha256').update(REPORT).digest('hex'));
    expect(permalinkBody).toContain(`href="/p/${slug}/verdicts/${claim.id}"`);
    expect((await fetch(`${permalink}/sources/2`)).status).toBe(404);
    expect((await desk.api.patch('/api/v1/workspace/public-pages', { enabled: false })).status).toBe(200);
    expect((await fetch(`${permalink}/sources/1`)).status).toBe(404);
  });
});

describe('unused copies', () => {
  // The purge chain runs hourly; an operator's nudge brings its waiting run forward, and we wait
  // for a run that started after the nudge to complete. Each source here serves bytes of its
  // own, so no other story's evidence shares its copy. Only one run is nudged: the next run a
  // completed run queues is left for its hour (nudged too, it once ran during the next steps of
  // a test and removed the copy the test had just back-dated).
  async function purgeRun(): Promise<void> {
    const [{ since }] = (await sql<{ since: Date }>(`SELECT now() AS since`)) as [{ since: Date }];
    await eventually(
      async () => {
        await sql(
          `UPDATE pgboss.job SET start_after = now() WHERE name = 'evidence-snapshot-purge' AND state = 'created'
              AND (created_on < $1 OR NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = 'evidence-snapshot-purge' AND j.started_on > $1))`,
          [since],
        );
        return sql<{ runs: number }>(
          `SELECT count(*)::int AS runs FROM pgboss.job WHERE name = 'evidence-snapshot-purge' AND state = 'completed' AND started_on > $1`,
          [since],
        );
      },
      ([row]) => row!.runs > 0,
      'a run of the unused copies purge',
    );
  }
  const snapshotOf = async (evidenceId: string) =>
    (await sql<{ snapshotId: string | null }>(`SELECT "snapshotId" FROM evidence_archive WHERE "evidenceId" = $1`, [evidenceId]))[0]?.snapshotId ?? null;
  const snapshotRow = async (id: string) =>
    (await sql<{ id: string; unusedSince: Date | null }>(`SELECT id, "unusedSince" FROM evidence_snapshot WHERE id = $1`, [id]))[0] ?? null;
  const backdate = (ids: string[], days: number) =>
    sql(`UPDATE evidence_snapshot SET "unusedSince" = now() - make_interval(days => $2) WHERE id = ANY($1)`, [ids, days]);
  const own = (name: string) => source(html(`${REPORT}<!-- ${name} ${run} -->`), name);
  async function archivedCopy(path: string): Promise<{ evidence: EvidenceDto; snapshotId: string }> {
    const evidence = await addEvidence(`${origin}${path}`);
    expect((await settled(evidence.id)).state).toBe('archived');
    return { evidence, snapshotId: (await snapshotOf(evidence.id))! };
  }
  const remove = async (evidenceId: string) => expect((await editor.api.delete(`/api/v1/evidence/${evidenceId}`)).status).toBe(204);

  it('are stamped when their last source goes, kept for 30 days, then removed; copies in use never are', async () => {
    const [gone, recent, kept] = [await archivedCopy(own('gone')), await archivedCopy(own('recent')), await archivedCopy(own('kept'))];
    await remove(gone.evidence.id);
    await remove(recent.evidence.id);
    await purgeRun();
    expect((await snapshotRow(gone.snapshotId))?.unusedSince).not.toBeNull();
    expect((await snapshotRow(recent.snapshotId))?.unusedSince).not.toBeNull();
    expect((await snapshotRow(kept.snapshotId))?.unusedSince).toBeNull();

    // One unused for 31 days, one for 29, and one in use with a stale stamp: only the first goes.
    await backdate([gone.snapshotId], 31);
    await backdate([recent.snapshotId], 29);
    await backdate([kept.snapshotId], 40);
    await purgeRun();
    expect(await snapshotRow(gone.snapshotId)).toBeNull();
    expect(await snapshotRow(recent.snapshotId)).not.toBeNull();
    expect(await snapshotRow(kept.snapshotId)).toMatchObject({ unusedSince: null });
    expect((await archiveOf(kept.evidence.id)).state).toBe('archived');
  }, 90_000);

  it('keeps a copy that a new source deduplicates onto, even one unused for longer than the grace', async () => {
    const path = own('reused');
    const first = await archivedCopy(path);
    await remove(first.evidence.id);
    await purgeRun();
    expect((await snapshotRow(first.snapshotId))?.unusedSince).not.toBeNull();
    await backdate([first.snapshotId], 45);

    // The same bytes cited again: the archive job stores them once, onto the stamped copy, and clears the stamp.
    const again = await archivedCopy(path);
    expect(again.snapshotId).toBe(first.snapshotId);
    expect(await snapshotRow(first.snapshotId)).toMatchObject({ unusedSince: null });
    await purgeRun();
    const response = await fetch(`${baseUrl}/evidence/${again.evidence.id}/archive`, { headers: { cookie: await sessionCookieOf(editor) } });
    expect(response.status).toBe(200);
    expect(await snapshotRow(first.snapshotId)).not.toBeNull();
  }, 90_000);

  it('never removes a copy a source points at while the purge runs: its delete re-checks the row it waited for', async () => {
    const stale = await archivedCopy(own('race'));
    const newcomer = await archivedCopy(own('race-newcomer'));
    await remove(stale.evidence.id);
    await sql(`UPDATE evidence_snapshot SET "unusedSince" = now() - interval '31 days' WHERE id = $1`, [stale.snapshotId]);

    // Holding the copy's row, we let the purge's DELETE queue behind us, then do what the archive
    // job does when a new source has the same bytes (clear the stamp, point the archive at it).
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT id FROM evidence_snapshot WHERE id = $1 FOR UPDATE`, [stale.snapshotId]);
      await eventually(
        async () => {
          await sql(`UPDATE pgboss.job SET start_after = now() WHERE name = 'evidence-snapshot-purge' AND state = 'created'`);
          return sql<{ waiting: number }>(`SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%DELETE FROM evidence_snapshot%'`);
        },
        ([row]) => row!.waiting === 1,
        'the purge delete waiting for the row',
      );
      await client.query(`UPDATE evidence_snapshot SET "unusedSince" = NULL WHERE id = $1`, [stale.snapshotId]);
      await client.query(`UPDATE evidence_archive SET "snapshotId" = $1 WHERE "evidenceId" = $2`, [stale.snapshotId, newcomer.evidence.id]);
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
    await purgeRun();
    expect(await snapshotRow(stale.snapshotId)).not.toBeNull();
    expect(await snapshotOf(newcomer.evidence.id)).toBe(stale.snapshotId);
  }, 90_000);
});
