// Story: an admin downloads the whole workspace as one archive and restores it into an empty
// workspace; the restored workspace equals the original field by field. A broken, partial or
// edited archive is refused with a clear message and changes nothing; only admins may do either.
import { createHash, randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto } from '@/lib/validations/claim';
import type { BackupArchive, BackupContent, RestoreResult } from '@/lib/validations/backup';
import { buildArchive } from '@/lib/core/backup/write-archive';
import { contentChecksum } from '@/lib/core/backup/archive-checksum';
import { sealOf } from '@/lib/server/backup/archive-seal';
import { baseUrl, createArticle, createMember, createTeammate, type ApiError, type Member } from './support/api';

const database = new pg.Client({ connectionString: process.env.DATABASE_URL });
const sql = async <T extends pg.QueryResultRow = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  (await database.query<T>(text, params)).rows;

async function userId(member: Member): Promise<string> {
  const [row] = await sql<{ id: string }>('SELECT id FROM "user" WHERE email = $1', [member.user.email]);
  return row!.id;
}

async function download(member: Member): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const response = await fetch(`${baseUrl}/api/v1/workspace/backup`, { headers: { authorization: `Bearer ${member.token}` } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

async function restore<T = RestoreResult>(member: Member, body: Uint8Array | string, options: { type?: string; target?: string } = {}) {
  const query = options.target ? `?target=${options.target}` : '';
  const response = await fetch(`${baseUrl}/api/v1/workspace/restore${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${member.token}`, 'content-type': options.type ?? 'application/gzip' },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

const unpack = (bytes: Buffer) => JSON.parse(gunzipSync(bytes).toString('utf8')) as BackupArchive;
/**
 * An archive of edited content, sealed as this server seals its own (the test knows the server's
 * secret, as its operator does) unless `madeHere` is false: then it is an archive from elsewhere.
 */
function reseal(content: BackupContent, { madeHere = true } = {}) {
  const archive = buildArchive(content, { appVersion: 'test', createdAt: new Date() });
  if (madeHere) archive.manifest.seal = sealOf(archive.manifest.sha256) ?? undefined;
  return gzipSync(JSON.stringify(archive));
}

/**
 * The content with ids replaced by labels that depend only on content, so that two workspaces
 * holding the same things compare equal whatever ids they were given. Tables are labelled in
 * dependency order, each row by its position among its table's rows sorted by content.
 */
function normalise(content: BackupContent) {
  const labels = new Map<string, string>();
  const label = <R extends { id: string }>(table: string, rows: R[], refs: (row: R) => Record<string, unknown>) => {
    const mapped = rows.map((row) => {
      const { id, ...rest } = { ...row, ...refs(row) };
      return { id, rest, key: JSON.stringify(rest) };
    });
    mapped.sort((a, b) => a.key.localeCompare(b.key));
    return mapped.map(({ id, rest }, index) => {
      labels.set(`${table}:${id}`, `${table}#${index}`);
      return { id: `${table}#${index}`, ...rest };
    });
  };
  const byContent = <R,>(rows: R[]) => rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const ref = (table: string, id: string | null) => (id === null ? null : (labels.get(`${table}:${id}`) ?? `missing ${id}`));
  const articles = label('article', content.articles, () => ({}));
  const articleVersions = label('version', content.articleVersions, (row) => ({ articleId: ref('article', row.articleId) }));
  const claims = label('claim', content.claims, (row) => ({ articleId: ref('article', row.articleId), articleVersionId: ref('version', row.articleVersionId) }));
  const byClaim = (row: { claimId: string }) => ({ claimId: ref('claim', row.claimId) });
  return {
    ...content,
    articles,
    articleVersions,
    claims,
    evidence: label('evidence', content.evidence, byClaim),
    claimEvents: label('event', content.claimEvents, byClaim),
    comments: label('comment', content.comments, byClaim),
    // A restore next to the original cannot reuse the hashes: the original keeps its links.
    shareLinks: label('share', content.shareLinks, (row) => ({ articleId: ref('article', row.articleId), claimId: ref('claim', row.claimId), tokenHash: 'hash' })),
    claimLinks: label('link', content.claimLinks, (row) => ({ fromClaimId: ref('claim', row.fromClaimId), toClaimId: ref('claim', row.toClaimId) })),
    suggestionDismissals: label('dismissal', content.suggestionDismissals, (row) => ({ articleVersionId: ref('version', row.articleVersionId) })),
    referenceReviews: label('reference', content.referenceReviews, () => ({})),
    // Article history and re-anchoring (decision 042): positions and notes are keyed by their claim.
    claimPositions: byContent(content.claimPositions.map((row) => ({ ...row, claimId: ref('claim', row.claimId), articleVersionId: ref('version', row.articleVersionId) }))),
    articleEvents: label('articleEvent', content.articleEvents, (row) => ({ articleId: ref('article', row.articleId) })),
    claimOrphanNotes: byContent(content.claimOrphanNotes.map((row) => ({ ...row, claimId: ref('claim', row.claimId), articleVersionId: ref('version', row.articleVersionId) }))),
    evidenceSnapshots: label('snapshot', content.evidenceSnapshots, () => ({})),
    // No ids; two changes in the same millisecond may come back in either order.
    ratingChanges: [...content.ratingChanges].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    // One row per evidence item (no id of its own): keyed by its evidence's label.
    evidenceArchives: content.evidenceArchives
      .map((row) => ({ ...row, evidenceId: ref('evidence', row.evidenceId), snapshotId: ref('snapshot', row.snapshotId) }))
      .sort((a, b) => String(a.evidenceId).localeCompare(String(b.evidenceId))),
  };
}

const TEXT = 'The mayor said the bridge cost 40 million euros. Traffic fell by half. The river floods every spring.';

let owner: Member;
let editor: Member;
let viewer: Member;
let original: Buffer;
let publicSlug: string;

async function markClaim(member: Member, articleId: string, exact: string): Promise<ClaimDto> {
  const response = await member.api.post<ClaimDto>(`/api/v1/articles/${articleId}/claims`, { selector: { type: 'TextQuoteSelector', exact } });
  expect(response.status).toBe(201);
  return response.body;
}

async function change(member: Member, claim: ClaimDto, fields: Record<string, unknown>): Promise<ClaimDto> {
  const response = await member.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, { version: claim.version, ...fields });
  expect(response.status, JSON.stringify(fields)).toBe(200);
  return response.body;
}

/** A workspace with a bit of everything: settings, members (one former), versions, verdicts, notes, history, comments, links. */
async function buildRichWorkspace() {
  owner = await createMember('backup-owner');
  editor = await createTeammate(owner, 'editor');
  viewer = await createTeammate(owner, 'viewer');
  const former = await createTeammate(owner, 'checker');
  expect((await owner.api.patch('/api/v1/workspace', { organizationUrl: 'https://desk.example.org', allowSelfApproval: true })).status).toBe(200);

  const bridge = await createArticle(owner.api, { title: 'The bridge', text: TEXT, author: 'A. Writer', outlet: 'Daily', publishedAt: '2026-01-02T03:04:05Z' });
  const other = await createArticle(editor.api, { title: 'Ünïcode 🌉 story', text: 'Emoji 🌉 bridges are everywhere. Nobody counted them.' });

  let cost = await markClaim(owner, bridge.id, 'the bridge cost 40 million euros');
  cost = await change(owner, cost, { status: 'researching', verdict: 'mostly_false', explanation: 'Audited cost: 62 million.' });
  cost = await change(owner, cost, { status: 'needs_review', statement: 'The bridge cost 40m', claimant: 'The mayor' });
  cost = await change(owner, cost, { status: 'published' });
  let traffic = await markClaim(editor, bridge.id, 'Traffic fell by half');
  traffic = await change(editor, traffic, { status: 'researching' });
  const evidence = await editor.api.post<{ id: string }>(`/api/v1/claims/${traffic.id}/evidence`, {
    url: 'https://stats.example.org/traffic',
    title: 'Traffic counts',
    stance: 'refutes',
    passage: 'Down 12 percent.',
  });
  expect(evidence.status).toBe(201);
  await sql('UPDATE evidence SET "internalNote" = $1 WHERE id = $2', ['Source asked not to be named', evidence.body.id]);
  const floods = await markClaim(former, bridge.id, 'The river floods every spring');
  expect((await owner.api.delete(`/api/v1/claims/${floods.id}`)).status).toBe(204);
  const emoji = await markClaim(editor, other.id, 'Emoji 🌉 bridges are everywhere');
  // "Same claim as", a dismissed suggestion and the reference library (decision 027).
  expect((await editor.api.post(`/api/v1/claims/${emoji.id}/links`, { claimId: cost.id })).status).toBe(200);
  expect((await editor.api.post(`/api/v1/articles/${other.id}/suggestions/dismissals`, { versionNumber: 1, start: 0, end: 8 })).status).toBeLessThan(300);
  const review = {
    '@context': 'https://schema.org', '@type': 'ClaimReview', url: 'https://partner.example/checks/bridge', claimReviewed: 'The bridge cost 40 million euros.',
    datePublished: '2026-05-03', author: { '@type': 'Organization', name: 'Partner Checks' }, reviewRating: { '@type': 'Rating', alternateName: 'False' },
  };
  expect((await owner.api.post('/api/v1/reference-reviews', { document: JSON.stringify(review) })).status).toBe(201);
  expect((await owner.api.delete(`/api/v1/members/${await userId(former)}`)).status).toBe(204);
  // An article imported by mistake and deleted (restorable for 30 days, decision 042), a verdict
  // with a colour of its own and one retired from the scale (decision 040): a restore keeps them so.
  const mistaken = await createArticle(owner.api, { title: 'Imported by mistake', text: 'Nothing to check in this one.' });
  expect((await owner.api.delete(`/api/v1/articles/${mistaken.id}`)).status).toBeLessThan(300);
  await sql(`UPDATE rating SET color = '#1d4ed8' WHERE key = 'true' AND "workspaceId" = (SELECT id FROM workspace WHERE name = $1)`, [owner.user.workspace]);
  await sql(`UPDATE rating SET "retiredAt" = now() WHERE key = 'unproven' AND "workspaceId" = (SELECT id FROM workspace WHERE name = $1)`, [owner.user.workspace]);
  // The scale's history and ends, and the public pages (decision 040).
  const scale = await owner.api.get<{ ratings: { id: string; key: string }[] }>('/api/v1/ratings');
  const mixed = scale.body.ratings.find((r) => r.key === 'mixed')!;
  expect((await owner.api.patch(`/api/v1/ratings/${mixed.id}`, { label: 'Half true' })).status).toBe(200);
  expect((await owner.api.patch('/api/v1/ratings', { worst: 0, best: 10 })).status).toBe(200);
  publicSlug = `backup-${randomBytes(4).toString('hex')}`;
  const pages = await owner.api.patch('/api/v1/workspace/public-pages', { enabled: true, slug: publicSlug, methodologyMarkdown: 'We check **every** figure twice.' });
  expect(pages.status).toBe(200);

  // Rows whose APIs live on other branches (corrections, assignment, comments, share links, a
  // second fetched version) are written directly, as those features would write them.
  const [ownerId, editorId] = [await userId(owner), await userId(editor)];
  await sql('UPDATE claim SET "correctedAt" = now(), "assigneeId" = $1, "proposedById" = $1, "approvedById" = $2, "approvedAt" = now() WHERE id = $3', [editorId, ownerId, cost.id]);
  await sql(`INSERT INTO claim_event (id, "claimId", "workspaceId", "actorId", "actorName", kind, field, "fromValue", "toValue", reason)
             SELECT 'evt-' || md5(random()::text), id, "workspaceId", $1, 'Backup Owner', 'corrected', 'verdict', 'false', 'mostly_false', 'New audit figures' FROM claim WHERE id = $2`, [ownerId, cost.id]);
  await sql(`INSERT INTO comment (id, "claimId", "workspaceId", "authorId", "authorName", body, mentions, "updatedAt") SELECT 'cmt-' || md5(random()::text), id, "workspaceId", $1, $4, '@owner can you check the audit?', $2, now() FROM claim WHERE id = $3`, [editorId, [ownerId], traffic.id, editor.user.name]);
  await sql(`INSERT INTO comment (id, "claimId", "workspaceId", "authorId", "authorName", body, "updatedAt", "deletedAt") SELECT 'cmt-' || md5(random()::text), id, "workspaceId", $1, $3, 'Withdrawn remark', now(), now() FROM claim WHERE id = $2`, [ownerId, traffic.id, owner.user.name]);
  const hash = () => createHash('sha256').update(randomBytes(32)).digest('hex');
  await sql(`INSERT INTO share_link (id, "workspaceId", kind, "articleId", "claimId", "tokenHash", "createdById", "expiresAt") SELECT 'shr-' || md5(random()::text), "workspaceId", 'claim', "articleId", id, $1, $2, now() + interval '30 days' FROM claim WHERE id = $3`, [hash(), ownerId, cost.id]);
  await sql(`INSERT INTO share_link (id, "workspaceId", kind, "articleId", "tokenHash", "createdById", "revokedAt", "revokedById") SELECT 'shr-' || md5(random()::text), "workspaceId", 'article', id, $1, $2, now(), $2 FROM article WHERE id = $3`, [hash(), ownerId, bridge.id]);
  await sql(`INSERT INTO article_version (id, "articleId", number, text, blocks, "contentHash", source, "fetchedAt", "httpStatus", "rawHtml")
             VALUES ('ver-' || md5(random()::text), $1, 2, $2, $3, $4, 'url', now(), 200, $5)`, [
    bridge.id, `${TEXT} Updated.`, JSON.stringify([{ type: 'p', start: 0, end: TEXT.length + 9 }]), 'c'.repeat(64), gzipSync('<html><body>Page</body></html>'),
  ]);
}

// Four people are made with the admin command line, one process each: slow on a busy machine.
beforeAll(async () => {
  await database.connect();
  await buildRichWorkspace();
}, 240_000);
afterAll(() => database.end());

describe('downloading a backup', () => {
  it('gives the admin one gzip archive to save, with counts and a checksum', async () => {
    const response = await download(owner);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/gzip');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.factdesk-backup\.json\.gz"$/);
    original = response.bytes;
    const archive = unpack(original);
    expect(archive).toMatchObject({ format: 'factdesk-workspace-backup', formatVersion: 1 });
    expect(archive.manifest.counts).toMatchObject({
      users: 4, articles: 3, articleVersions: 4, claims: 4, evidence: 1, comments: 2, shareLinks: 2, claimLinks: 1, suggestionDismissals: 1, referenceReviews: 1,
      ratingChanges: 2,
    });
    expect(archive.manifest.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('holds names, emails and roles but never passwords, sessions or tokens', async () => {
    const { content } = unpack(original);
    expect(content.users.map((user) => user.role).sort()).toEqual(['admin', 'editor', 'viewer', null].sort());
    const text = gunzipSync(original).toString('utf8');
    for (const secret of [owner.token, owner.user.password, editor.token]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/"password"|"sessions?"|apiToken|\$argon2/);
  });

  it('keeps what only the team sees: internal notes, deleted claims, deleted comments, history reasons', async () => {
    const { content } = unpack(original);
    expect(content.evidence[0]!.internalNote).toBe('Source asked not to be named');
    expect(content.claims.filter((claim) => claim.deletedAt !== null)).toHaveLength(1);
    expect(content.comments.filter((comment) => comment.deletedAt !== null)).toHaveLength(1);
    expect(content.claimEvents.some((event) => event.reason === 'New audit figures')).toBe(true);
    expect(content.articleVersions.find((version) => version.number === 2)!.rawHtml).not.toBeNull();
  });

  it('is for admins only', async () => {
    expect((await download(editor)).status).toBe(403);
    expect((await download(viewer)).status).toBe(403);
    expect((await fetch(`${baseUrl}/api/v1/workspace/backup`)).status).toBe(401);
  });
});

describe('restoring a backup', () => {
  it('recreates the workspace field by field in an empty workspace on the same instance', async () => {
    const restorer = await createMember('backup-restorer');
    const result = await restore(restorer, original);
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    // Same instance: the original still holds its ids, so every id is new.
    expect(result.body).toMatchObject({ idsKept: false, madeHere: true, membersRestored: 3, usersNotFound: [] });

    const copy = await download(restorer);
    expect(copy.status).toBe(200);
    const before = unpack(original).content;
    const after = unpack(copy.bytes).content;
    // The restorer is a member of the restored workspace on top of the archive's people.
    expect(after.users.find((user) => user.email === restorer.user.email)?.role).toBe('admin');
    after.users = after.users.filter((user) => user.email !== restorer.user.email);
    // The scale's history and ends travel; the public pages' text too, but their address is the
    // original's on this instance: the copy's pages start off, without one.
    expect(after.ratingChanges.map((c) => [c.ratingKey, c.action, c.actor])).toEqual([
      ['mixed', 'updated', owner.user.email],
      ['', 'rescaled', owner.user.email],
    ]);
    expect(after.workspace).toMatchObject({ ratingWorst: 0, ratingBest: 10 });
    expect(before.publicPages).toEqual({ enabled: true, slug: publicSlug, methodologyMarkdown: 'We check **every** figure twice.' });
    expect(after.publicPages).toEqual({ enabled: false, slug: null, methodologyMarkdown: 'We check **every** figure twice.' });
    after.publicPages = before.publicPages;
    expect(normalise(after)).toEqual(normalise(before));
    // What later features added travels too: a deleted article stays deleted, a published verdict
    // keeps the rating it was published with, the scale keeps its colours and retirements.
    expect(after.articles.find((a) => a.title === 'Imported by mistake')?.deletedAt).not.toBeNull();
    expect(after.claims.find((c) => c.statement === 'The bridge cost 40m')?.publishedRating).toMatchObject({ label: 'Mostly false', value: 2 });
    expect(after.ratings.find((r) => r.key === 'true')?.color).toBe('#1d4ed8');
    expect(after.ratings.find((r) => r.key === 'unproven')?.retiredAt).not.toBeNull();
    // The original keeps its public links; the copy's links are kept for the record.
    const originalHashes = new Set(before.shareLinks.map((link) => link.tokenHash));
    for (const link of after.shareLinks) expect(originalHashes.has(link.tokenHash)).toBe(false);
  });

  it('makes the restored work usable through the API, with the people who exist here', async () => {
    const restorer = await createMember('backup-reader');
    expect((await restore(restorer, original)).status).toBe(201);
    const articles = await restorer.api.get<{ articles: { id: string; title: string }[] }>('/api/v1/articles');
    expect(articles.body.articles.map((article) => article.title).sort()).toEqual(['The bridge', 'Ünïcode 🌉 story']);
    const bridge = articles.body.articles.find((article) => article.title === 'The bridge')!;
    const claims = await restorer.api.get<{ claims: ClaimDto[] }>(`/api/v1/articles/${bridge.id}/claims`);
    expect(claims.body.claims.find((claim) => claim.status === 'published')).toMatchObject({ verdict: { key: 'mostly_false' } });
    const [membership] = await sql<{ role: string }>(
      'SELECT m.role::text FROM membership m JOIN "user" u ON u.id = m."userId" WHERE u.email = $1 AND m."workspaceId" = (SELECT "workspaceId" FROM article WHERE id = $2)',
      [editor.user.email, bridge.id],
    );
    expect(membership?.role).toBe('editor');
    // The reference library searches again (its similarity key is computed anew), and the link holds.
    const reviews = await restorer.api.get<{ reviews: { publisher: string }[] }>('/api/v1/reference-reviews?q=bridge%20cost');
    expect(reviews.body.reviews).toEqual([expect.objectContaining({ publisher: 'Partner Checks' })]);
    const other = articles.body.articles.find((article) => article.title !== 'The bridge')!;
    const [emoji] = (await restorer.api.get<{ claims: ClaimDto[] }>(`/api/v1/articles/${other.id}/claims`)).body.claims;
    const links = await restorer.api.get<{ links: { statement: string }[] }>(`/api/v1/claims/${emoji!.id}/links`);
    expect(links.body.links).toHaveLength(1);
  });

  it('keeps the archive ids and share-link hashes when they are free on the instance', async () => {
    const content = unpack(original).content;
    const fresh = (id: string) => `${id.slice(0, 20)}x${randomBytes(4).toString('hex')}`;
    const ids = new Map<string, string>();
    const swap = (id: string) => ids.get(id) ?? (ids.set(id, fresh(id)), ids.get(id)!);
    content.articles.forEach((row) => (row.id = swap(row.id)));
    content.articleVersions.forEach((row) => Object.assign(row, { id: swap(row.id), articleId: swap(row.articleId) }));
    content.claims.forEach((row) => Object.assign(row, { id: swap(row.id), articleId: swap(row.articleId), articleVersionId: swap(row.articleVersionId) }));
    for (const table of [content.evidence, content.claimEvents, content.comments]) table.forEach((row) => Object.assign(row, { id: swap(row.id), claimId: swap(row.claimId) }));
    const newHash = createHash('sha256').update(randomBytes(32)).digest('hex');
    content.shareLinks.forEach((row, index) =>
      Object.assign(row, { id: swap(row.id), articleId: swap(row.articleId), claimId: row.claimId && swap(row.claimId), tokenHash: index === 0 ? newHash : row.tokenHash }),
    );
    content.claimLinks.forEach((row) => Object.assign(row, { id: swap(row.id), fromClaimId: swap(row.fromClaimId), toClaimId: swap(row.toClaimId) }));
    content.suggestionDismissals.forEach((row) => Object.assign(row, { id: swap(row.id), articleVersionId: swap(row.articleVersionId) }));
    content.referenceReviews.forEach((row) => (row.id = swap(row.id)));
    content.claimPositions.forEach((row) => Object.assign(row, { claimId: swap(row.claimId), articleVersionId: swap(row.articleVersionId) }));
    content.articleEvents.forEach((row) => Object.assign(row, { id: swap(row.id), articleId: swap(row.articleId) }));
    content.claimOrphanNotes.forEach((row) => Object.assign(row, { claimId: swap(row.claimId), articleVersionId: swap(row.articleVersionId) }));
    content.evidenceSnapshots.forEach((row) => (row.id = swap(row.id)));
    content.evidenceArchives.forEach((row) => Object.assign(row, { evidenceId: swap(row.evidenceId), snapshotId: row.snapshotId && swap(row.snapshotId) }));
    const restorer = await createMember('backup-keeper');
    const result = await restore(restorer, reseal(content), { target: 'new' });
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    expect(result.body.idsKept).toBe(true);
    const claim = content.claims.find((row) => row.deletedAt === null)!;
    const [row] = await sql<{ workspaceId: string }>('SELECT "workspaceId" FROM claim WHERE id = $1', [claim.id]);
    expect(row?.workspaceId).toBe(result.body.workspace.id);
    const [link] = await sql<{ workspaceId: string }>('SELECT "workspaceId" FROM share_link WHERE "tokenHash" = $1', [newHash]);
    expect(link?.workspaceId).toBe(result.body.workspace.id);
  });

  it('brings the public pages back at their address where it is free, with the scale as it was', async () => {
    const content = unpack(original).content;
    const slug = `moved-${randomBytes(4).toString('hex')}`;
    content.publicPages.slug = slug;
    const restorer = await createMember('backup-pages');
    const result = await restore(restorer, reseal(content), { target: 'new' });
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    const page = await fetch(`${baseUrl}/p/${slug}/methodology`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<strong>every</strong> figure twice');
    const [ends] = await sql<{ ratingWorst: number; ratingBest: number }>('SELECT "ratingWorst", "ratingBest" FROM workspace WHERE id = $1', [result.body.workspace.id]);
    expect(ends).toEqual({ ratingWorst: 0, ratingBest: 10 });
    const history = await sql<{ ratingKey: string; action: string; actorName: string; linked: boolean }>(
      'SELECT "ratingKey", action, "actorName", "ratingId" IS NOT NULL AS linked FROM rating_change WHERE "workspaceId" = $1 ORDER BY at, "ratingKey" DESC',
      [result.body.workspace.id],
    );
    expect(history).toEqual([
      { ratingKey: 'mixed', action: 'updated', actorName: owner.user.name, linked: true },
      { ratingKey: '', action: 'rescaled', actorName: owner.user.name, linked: false },
    ]);
  });

  it('restores an archive from before the scale history and public pages with their defaults', async () => {
    const archive = unpack(original);
    const { ratingChanges: _h, publicPages: _p, ...content } = archive.content;
    const { ratingWorst: _w, ratingBest: _b, ...workspace } = content.workspace;
    const older = { ...content, workspace };
    const { ratingChanges: _c, ...counts } = archive.manifest.counts;
    const sha256 = contentChecksum(older);
    const bytes = gzipSync(JSON.stringify({ ...archive, manifest: { counts, sha256, seal: sealOf(sha256) ?? undefined }, content: older }));
    const restorer = await createMember('backup-older');
    const result = await restore(restorer, bytes, { target: 'new' });
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    const [row] = await sql('SELECT "ratingWorst", "ratingBest", "publicPagesEnabled", "publicSlug", "methodologyMarkdown" FROM workspace WHERE id = $1', [result.body.workspace.id]);
    // The ends its verdicts span (1..5 on the default scale); no public pages; no history.
    expect(row).toEqual({ ratingWorst: 1, ratingBest: 5, publicPagesEnabled: false, publicSlug: null, methodologyMarkdown: '' });
    expect(await sql('SELECT id FROM rating_change WHERE "workspaceId" = $1', [result.body.workspace.id])).toEqual([]);
  });

  it('keeps people without an account here as names only, and says who they are', async () => {
    const absent = `gone-${randomBytes(4).toString('hex')}@example.test`;
    const content = JSON.parse(JSON.stringify(unpack(original).content).replaceAll(editor.user.email, absent)) as BackupContent;
    const restorer = await createMember('backup-elsewhere');
    const result = await restore(restorer, reseal(content), { target: 'new' });
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    expect(result.body).toMatchObject({ usersNotFound: [absent], membersRestored: 2 });

    const rows = await sql<{ createdById: string | null; actorNames: string[] }>(
      `SELECT e."createdById", array(SELECT DISTINCT "actorName" FROM claim_event WHERE "workspaceId" = $1) AS "actorNames"
       FROM evidence e WHERE e."workspaceId" = $1`,
      [result.body.workspace.id],
    );
    expect(rows[0]!.createdById).toBeNull();
    expect(rows[0]!.actorNames).toContain(editor.user.name);
    // Their comment keeps its author's name, with no account behind it.
    const comments = await sql<{ authorId: string | null; authorName: string }>(
      `SELECT "authorId", "authorName" FROM comment WHERE "workspaceId" = $1 AND body LIKE '@owner%'`,
      [result.body.workspace.id],
    );
    expect(comments).toEqual([{ authorId: null, authorName: editor.user.name }]);
    const [membership] = await sql('SELECT 1 FROM membership m JOIN "user" u ON u.id = m."userId" WHERE u.email = $1 AND m."workspaceId" = $2', [
      editor.user.email,
      result.body.workspace.id,
    ]);
    expect(membership).toBeUndefined();
  });

  it('links nobody but the restorer when the archive was not made here, and tells nothing of who has an account', async () => {
    // Anyone can write an archive naming any email: it must not make them members, sign their
    // names under approvals, or reveal which emails have accounts here.
    const content = unpack(original).content;
    const stranger = await createMember('backup-stranger');
    const result = await restore(stranger, reseal(content, { madeHere: false }), { target: 'new' });
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    expect(result.body).toMatchObject({ madeHere: false, membersRestored: 0 });
    // Every person of the archive is listed alike, with or without an account here.
    expect([...result.body.usersNotFound].sort()).toEqual(content.users.map((user) => user.email).sort());

    const members = await sql<{ email: string }>(
      'SELECT u.email FROM membership m JOIN "user" u ON u.id = m."userId" WHERE m."workspaceId" = $1',
      [result.body.workspace.id],
    );
    expect(members.map((member) => member.email)).toEqual([stranger.user.email]);
    const linked = await sql<{ count: string }>(
      `SELECT count(*) FROM (
         SELECT "createdById" AS id FROM evidence WHERE "workspaceId" = $1
         UNION ALL SELECT "approvedById" FROM claim WHERE "workspaceId" = $1
         UNION ALL SELECT "actorId" FROM claim_event WHERE "workspaceId" = $1
         UNION ALL SELECT "authorId" FROM comment WHERE "workspaceId" = $1) refs WHERE id IS NOT NULL`,
      [result.body.workspace.id],
    );
    expect(linked[0]!.count).toBe('0');
    // The names stay.
    const names = await sql<{ actorName: string }>('SELECT DISTINCT "actorName" FROM claim_event WHERE "workspaceId" = $1', [result.body.workspace.id]);
    expect(names.map((row) => row.actorName)).toContain(editor.user.name);
  });

  it('refuses a workspace that already has articles with 409', async () => {
    const result = await restore<{ error: ApiError }>(owner, original);
    expect(result.status).toBe(409);
    expect(result.body.error.message).toMatch(/already has articles/);
  });

  it('is for admins only', async () => {
    expect((await restore(editor, original)).status).toBe(403);
    expect((await restore(viewer, original, { target: 'new' })).status).toBe(403);
    // Refused before the upload is even looked at.
    expect((await restore(viewer, 'not an archive', { type: 'text/plain' })).status).toBe(403);
  });
});

describe('refusing a broken archive', () => {
  const tables = ['workspace', 'membership', 'rating', 'article', 'article_version', 'claim', 'evidence', 'claim_event', 'comment', 'share_link'];
  const counts = async () => Object.fromEntries(await Promise.all(tables.map(async (table) => [table, (await sql(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n])));

  it('answers 4xx with a clear message and writes nothing', async () => {
    const target = await createMember('backup-refused');
    const before = await counts();
    const archive = unpack(original);
    const edited = structuredClone(archive);
    edited.content.evidence[0]!.internalNote = 'changed by hand';
    const partial = structuredClone(archive);
    partial.content.claims.pop();
    const brokenScale = structuredClone(archive.content);
    brokenScale.claims[0]!.ratingKey = 'pants_on_fire';
    const orphan = structuredClone(archive.content);
    orphan.comments[0]!.claimId = 'no-such-claim';
    const nul = structuredClone(archive.content);
    nul.articles[0]!.title = 'Bad \u0000 title';

    const cases: [string, Uint8Array | string, number, RegExp, string?][] = [
      ['not gzip, not JSON', 'hello, I am a text file', 400, /not valid JSON/],
      ['gzip of something else', gzipSync('<html></html>'), 400, /not valid JSON/],
      ['cut short', original.subarray(0, Math.floor(original.length / 2)), 400, /not a complete gzip file/],
      ['another JSON', gzipSync(JSON.stringify({ hello: 'world' })), 422, /not a Factdesk workspace backup/],
      ['a future format', gzipSync(JSON.stringify({ ...archive, formatVersion: 99 })), 422, /formatVersion/],
      ['edited', gzipSync(JSON.stringify(edited)), 422, /does not match its checksum/],
      ['partial', gzipSync(JSON.stringify(partial)), 422, /partial or has been changed/],
      ['a verdict off the scale', reseal(brokenScale), 422, /“pants_on_fire” is not in the archive's rating scale/],
      ['a comment on no claim', reseal(orphan), 422, /comments\[0\]\.claimId: Claim “no-such-claim” is not in the archive/],
      ['a NUL character', reseal(nul), 422, /content\.articles\.0\.title: Contains a NUL/],
      ['the JSON as text/plain', JSON.stringify(archive), 415, /Content-Type/, 'text/plain'],
    ];
    for (const [name, body, status, message, type] of cases) {
      const result = await restore<{ error: ApiError }>(target, body, { type });
      expect(result.status, name).toBe(status);
      expect(result.body.error.message, name).toMatch(message);
    }
    expect((await restore<{ error: ApiError }>(target, reseal(orphan))).body.error.fields).toHaveProperty(['content.comments[0].claimId']);
    expect(await counts()).toEqual(before);
  });

  it('answers 413 to an archive over the size cap', async () => {
    const target = await createMember('backup-huge');
    const result = await restore<{ error: ApiError }>(target, Buffer.alloc(51 * 1024 * 1024, 0x20), { type: 'application/json' });
    expect(result.status).toBe(413);
    expect(result.body.error.message).toMatch(/too large \(50 MB at most\)/);
  });

  it('accepts the same archive as plain JSON', async () => {
    const target = await createMember('backup-json');
    const result = await restore(target, gunzipSync(original).toString('utf8'), { type: 'application/json' });
    expect(result.status).toBe(201);
  });
});
