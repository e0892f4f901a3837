// Story: an admin may ask Factdesk to do two more things with each archived source. A full-page
// screenshot, which our own Chromium renders from the STORED copy with scripts off and every
// request blocked, so a page full of trackers and scripts makes no request at all; members see
// and download it, nobody else can. And a submission of the link to the Wayback Machine's Save
// Page Now, whose copy is then named in the API, the claim panel and the public archived copy.
// Both are off until an admin turns them on.
//
// One local server on 127.0.0.1:27853 (allow-listed by scripts/test.sh, which also points
// FACTDESK_WAYBACK_URL at it) serves the sources and plays Save Page Now; it logs every request.
// A link whose path holds `queued-` is only queued (a job id, no copy yet), as Save Page Now 2
// answers, and its status (GET /save/status/{job_id}) is played from the script in `statuses`.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto } from '@/lib/validations/claim';
import type { EvidenceDto } from '@/lib/validations/evidence';
import type { EvidenceArchiveDto } from '@/lib/validations/evidence-archive';
import type { WorkspaceDto } from '@/lib/validations/workspace';
import { baseUrl, createArticle, createMember, createTeammate, sessionCookieOf, type Member } from './support/api';
import { sql } from './support/database';
import { eventually } from './support/eventually';
import { createClaimLink, markClaim } from './support/share-fixtures';
import { setSelfApproval } from './support/workspace-settings';

const PORT = 27853;
const origin = `http://127.0.0.1:${PORT}`;
const PNG_SIGNATURE = '89504e470d0a1a0a';

type Logged = { method: string; path: string; body: string; headers: IncomingMessage['headers'] };
const requests: Logged[] = [];
const pages = new Map<string, string>();
// Save Page Now's status answers for a queued job, one per look; the last repeats.
const statuses = new Map<string, object[]>();
let run = 0;
let server: Server;

// Loads an image, a stylesheet, a frame, a prefetch and a script that fetches: none of it may reach us.
const TRACKED = (marker: string) => `<!doctype html><html><head><title>Budget figures</title>
<link rel="stylesheet" href="${origin}/style-${marker}.css"><link rel="prefetch" href="${origin}/prefetch-${marker}">
<script>fetch('${origin}/script-${marker}'); document.write('<img src="${origin}/written-${marker}.png">');</script>
</head><body><h1>Budget figures 2024</h1>
<p>The council spent 12 million on roads in 2024, a fifth more than the year before.</p>
<img src="${origin}/tracker.png?${marker}" alt=""><iframe src="${origin}/frame-${marker}"></iframe>
<meta http-equiv="refresh" content="0;url=${origin}/refresh-${marker}">
</body></html>`;
const PASSAGE = 'The council spent 12 million on roads in 2024';

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = new URL(request.url ?? '/', origin).pathname;
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: request.method ?? '', path, body, headers: request.headers });
      const json = (value: object) => void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      if (path === '/save' && request.method === 'POST') {
        const url = new URLSearchParams(body).get('url') ?? '';
        const queued = /\/(queued-[\w-]+)$/.exec(url);
        if (queued) return json({ url, job_id: `spn2-${queued[1]}` });
        return json({ url, job_id: 'spn2-test', timestamp: '20261204103000' });
      }
      const status = /^\/save\/status\/(spn2-[\w-]+)$/.exec(path);
      if (status && request.method === 'GET') {
        const script = statuses.get(status[1]!) ?? [{ status: 'error', message: 'Unknown job.' }];
        return json(script.length > 1 ? script.shift()! : script[0]!);
      }
      const page = pages.get(path);
      if (!page) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(PORT, '127.0.0.1', resolve);
  });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A desk with a claim to cite sources for, and the given archive settings (as its admin sets them). */
async function desk(label: string, settings: { archiveScreenshots?: boolean; archiveWayback?: boolean } = {}) {
  const admin = await createMember(label);
  if (Object.keys(settings).length > 0) {
    const saved = await admin.api.patch<WorkspaceDto>('/api/v1/workspace', settings);
    expect(saved.status).toBe(200);
  }
  const article = await createArticle(admin.api, { title: 'Road budget', text: 'The mayor said the council spent nothing on roads.' });
  const claim = await markClaim(admin.api, article.id, 'the council spent nothing on roads');
  return { admin, article, claim };
}

async function cite(member: Member, claimId: string, marker = `page-${++run}`): Promise<{ evidence: EvidenceDto; path: string; url: string }> {
  const path = `/${marker}`;
  pages.set(path, TRACKED(marker));
  const url = `${origin}${path}`;
  const response = await member.api.post<EvidenceDto>(`/api/v1/claims/${claimId}/evidence`, { url, passage: PASSAGE, stance: 'refutes', title: 'Budget figures' });
  if (response.status !== 201) throw new Error(`Adding evidence failed: ${response.status} ${response.text}`);
  return { evidence: response.body, path, url };
}

const archiveOf = async (evidenceId: string, member: Member) => (await member.api.get<EvidenceArchiveDto>(`/api/v1/evidence/${evidenceId}/archive`)).body;
const archived = (evidenceId: string, member: Member) =>
  eventually(() => archiveOf(evidenceId, member), (a) => a.state === 'archived' || a.state === 'failed', 'the archiving job');
const seenSince = (start: number) => requests.slice(start);

describe('workspace settings', () => {
  it('has both extras off by default, and only an admin may turn them on', async () => {
    const admin = await createMember('extras-settings');
    expect((await admin.api.get<WorkspaceDto>('/api/v1/workspace')).body).toMatchObject({ archiveScreenshots: false, archiveWayback: false });
    const editor = await createTeammate(admin, 'editor');
    expect((await editor.api.patch('/api/v1/workspace', { archiveScreenshots: true })).status).toBe(403);
    expect((await admin.api.patch('/api/v1/workspace', { archiveWayback: 'yes' })).status).toBe(422);
    const saved = await admin.api.patch<WorkspaceDto>('/api/v1/workspace', { archiveScreenshots: true, archiveWayback: true });
    expect(saved.body).toMatchObject({ archiveScreenshots: true, archiveWayback: true });
  });
});

describe('screenshots of archived sources', () => {
  it('renders the stored copy to a PNG without Chromium requesting anything', async () => {
    const { admin, claim } = await desk('extras-shot', { archiveScreenshots: true });
    const start = requests.length;
    const { evidence, path } = await cite(admin, claim.id);
    const archive = await archived(evidence.id, admin);
    expect(archive).toMatchObject({ state: 'archived', passage: 'found', screenshot: { state: 'taken', error: null } });

    // The one request is the archive job's own fetch of the page: no image, style, script, frame or refresh.
    expect(seenSince(start).map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${path}`]);

    const shot = await admin.api.get(`/api/v1/evidence/${evidence.id}/archive/screenshot`);
    expect(shot.status).toBe(200);
    const response = await fetch(`${baseUrl}/api/v1/evidence/${evidence.id}/archive/screenshot?download`, { headers: { authorization: `Bearer ${admin.token}` } });
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="evidence-.+-screenshot\.png"$/);
    const png = Buffer.from(await response.arrayBuffer());
    expect(png.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
    expect(png.readUInt32BE(16)).toBe(1280); // width, from the IHDR chunk
    expect(png.readUInt32BE(20)).toBeLessThanOrEqual(10_000);
    expect(seenSince(start)).toHaveLength(1);

    const page = await fetch(`${baseUrl}/evidence/${evidence.id}/archive`, { headers: { cookie: await sessionCookieOf(admin) } });
    const html = await page.text();
    expect(html).toContain(`src="/api/v1/evidence/${evidence.id}/archive/screenshot"`);
    expect(html).toContain('Download the screenshot (PNG)');
  });

  it('is made for nobody when the setting is off, and shown to no other workspace', async () => {
    const { admin, claim } = await desk('extras-noshot');
    const { evidence } = await cite(admin, claim.id);
    expect(await archived(evidence.id, admin)).toMatchObject({ state: 'archived', screenshot: null, wayback: null });
    expect((await admin.api.get(`/api/v1/evidence/${evidence.id}/archive/screenshot`)).status).toBe(404);

    const other = await desk('extras-shot-owner', { archiveScreenshots: true });
    const theirs = await cite(other.admin, other.claim.id);
    expect((await archived(theirs.evidence.id, other.admin)).screenshot?.state).toBe('taken');
    expect((await admin.api.get(`/api/v1/evidence/${theirs.evidence.id}/archive/screenshot`)).status).toBe(404);
  });
});

describe('the Wayback Machine', () => {
  it('is sent the link once when the setting is on, and its copy is named in the API and on the public page', async () => {
    const { admin, claim } = await desk('extras-wayback', { archiveWayback: true });
    await setSelfApproval(admin.user.workspace, true);
    const start = requests.length;
    const { evidence, url } = await cite(admin, claim.id);
    await archived(evidence.id, admin);
    const archive = await eventually(() => archiveOf(evidence.id, admin), (a) => a.wayback?.state !== 'pending', 'the Save Page Now job');
    expect(archive.wayback).toMatchObject({ state: 'saved', url: `http://127.0.0.1:${PORT}/web/20261204103000/${url}`, error: null });

    const posts = seenSince(start).filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ path: '/save', body: new URLSearchParams({ url }).toString() });
    expect(posts[0]!.headers).toMatchObject({ accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' });

    const current = (await admin.api.get<ClaimDto>(`/api/v1/claims/${claim.id}`)).body;
    expect((await admin.api.patch(`/api/v1/claims/${claim.id}`, { version: current.version, verdict: 'false', status: 'published' })).status).toBe(200);
    const link = await createClaimLink(admin.api, claim.id);
    const publicCopy = await (await fetch(`${link.url}/sources/1`)).text();
    expect(publicCopy).toContain('Also saved to the');
    expect(publicCopy).toContain(`href="${archive.wayback!.url}"`);
  });

  it('is never contacted when the setting is off', async () => {
    const { admin, claim } = await desk('extras-nowayback', { archiveScreenshots: false });
    const start = requests.length;
    const { evidence, path } = await cite(admin, claim.id);
    expect(await archived(evidence.id, admin)).toMatchObject({ state: 'archived', wayback: null });
    expect(seenSince(start).map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${path}`]);
  });
});

describe('a capture Save Page Now only queued', () => {
  // Polls wait FACTDESK_JOBS_RETRY_DELAY_SECONDS (1 s in tests) doubling: an operator's nudge
  // brings each waiting look forward, as for the re-check chain.
  const nudge = (evidenceId: string) =>
    sql(`UPDATE pgboss.job SET start_after = now() WHERE name = 'evidence-archive' AND state = 'created' AND data->>'evidenceId' = $1`, [evidenceId]);
  const settledWayback = (evidenceId: string, member: Member) =>
    eventually(
      async () => {
        await nudge(evidenceId);
        return archiveOf(evidenceId, member);
      },
      (a) => a.wayback?.state === 'saved' || a.wayback?.state === 'failed',
      'the Save Page Now status polls',
      60_000,
    );
  const looksAt = (jobId: string, start: number) => seenSince(start).filter((r) => r.method === 'GET' && r.path === `/save/status/${jobId}`);

  it('is asked for again until it is done, and its copy is stored', async () => {
    const { admin, claim } = await desk('extras-queued-done', { archiveWayback: true });
    const marker = `queued-done-${++run}`;
    statuses.set(`spn2-${marker}`, [
      { status: 'pending', job_id: `spn2-${marker}`, resources: [] },
      { status: 'success', job_id: `spn2-${marker}`, timestamp: '20261204111500', original_url: 'https://elsewhere.test/' },
    ]);
    const start = requests.length;
    const { evidence, url } = await cite(admin, claim.id, marker);
    await archived(evidence.id, admin);
    const queued = await eventually(() => archiveOf(evidence.id, admin), (a) => a.wayback?.state !== 'pending', 'the submission');
    expect(queued.wayback).toMatchObject({ state: 'queued', url: null, error: `Queued by the Wayback Machine (job spn2-${marker}).` });

    const done = await settledWayback(evidence.id, admin);
    // The link is built from our base, the timestamp and the submitted link, never the answer's URL.
    expect(done.wayback).toMatchObject({ state: 'saved', url: `${origin}/web/20261204111500/${url}`, error: null });
    expect(looksAt(`spn2-${marker}`, start)).toHaveLength(2);
    expect(seenSince(start).filter((r) => r.method === 'POST')).toHaveLength(1);
  }, 90_000);

  it('says why when the capture failed', async () => {
    const { admin, claim } = await desk('extras-queued-error', { archiveWayback: true });
    const marker = `queued-error-${++run}`;
    statuses.set(`spn2-${marker}`, [
      { status: 'pending', job_id: `spn2-${marker}` },
      { status: 'error', job_id: `spn2-${marker}`, status_ext: 'error:not-found', message: 'The live page could not be reached.' },
    ]);
    const start = requests.length;
    const { evidence } = await cite(admin, claim.id, marker);
    await archived(evidence.id, admin);
    const failed = await settledWayback(evidence.id, admin);
    expect(failed.wayback).toMatchObject({ state: 'failed', url: null, error: 'The Wayback Machine could not save it: The live page could not be reached.' });
    expect(looksAt(`spn2-${marker}`, start)).toHaveLength(2);
  }, 90_000);

  it('gives up after eight looks at a capture that stays queued, and says so', async () => {
    const { admin, claim } = await desk('extras-queued-never', { archiveWayback: true });
    const marker = `queued-never-${++run}`;
    statuses.set(`spn2-${marker}`, [{ status: 'pending', job_id: `spn2-${marker}` }]);
    const start = requests.length;
    const { evidence } = await cite(admin, claim.id, marker);
    await archived(evidence.id, admin);
    const failed = await settledWayback(evidence.id, admin);
    expect(failed.wayback).toMatchObject({ state: 'failed', url: null, error: `The Wayback Machine had not made its copy after 8 checks (job spn2-${marker}).` });
    expect(looksAt(`spn2-${marker}`, start)).toHaveLength(8);
    // The chain has ended: once the last look completes, none waits.
    const waiting = () =>
      sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM pgboss.job WHERE name = 'evidence-archive' AND state IN ('created', 'retry', 'active') AND data->>'evidenceId' = $1`,
        [evidence.id],
      );
    await eventually(waiting, ([row]) => row!.count === 0, 'the end of the poll chain');
    expect(looksAt(`spn2-${marker}`, start)).toHaveLength(8);
  }, 90_000);
});
