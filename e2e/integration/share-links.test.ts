// Story: an editor shares a published verdict with readers through a link nobody can guess. The
// link is shown once; the database keeps only a hash of it. Only published verdicts can be
// shared, only members allowed to share can make links, and a link can be revoked by the member
// who made it or by an admin, never by someone else or from another newsroom.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShareLinkListDto } from '@/lib/validations/share-link';
import { baseUrl, createMember, createTeammate, type Member } from './support/api';
import { createClaimLink, markClaim, publishClaim, shareArticleWithClaims, tokenOf } from './support/share-fixtures';
import { setSelfApproval } from './support/workspace-settings';

const database = new pg.Client({ connectionString: process.env.DATABASE_URL });

let admin: Member;
let editor: Member;
let checker: Member;
let viewer: Member;
let outsider: Member;
let articleId: string;
let publishedId: string;
let draftId: string;

beforeAll(async () => {
  await database.connect();
  admin = await createMember('share-admin');
  [editor, checker, viewer, outsider] = await Promise.all([
    createTeammate(admin, 'editor'),
    createTeammate(admin, 'checker'),
    createTeammate(admin, 'viewer'),
    createMember('share-outsider'),
  ]);
  // The admin publishes their own verdicts (the review gate allows it when the workspace says so).
  await setSelfApproval(admin.user.workspace, true);
  articleId = (await shareArticleWithClaims(admin.api)).id;
  publishedId = (await publishClaim(admin.api, articleId, 'the harbour bridge carried 40,000 cars a day in 2024')).id;
  draftId = (await markClaim(admin.api, articleId, 'the ferry had never been late', { statement: 'The ferry was never late.' })).id;
  // Five accounts through the admin command line: slow on a busy 2-core machine.
}, 180_000);

afterAll(async () => {
  await database.end();
});

describe('making a link', () => {
  it('returns the public address once, with a recognisable prefix and 256 bits of randomness', async () => {
    const link = await createClaimLink(editor.api, publishedId);
    expect(link.url).toMatch(new RegExp(`^${baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/v/fds_[A-Za-z0-9_-]{43}$`));
    const secret = tokenOf(link.url).slice('fds_'.length);
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    expect(link).toMatchObject({ kind: 'claim', claimId: publishedId, articleId, expiresAt: null, revokedAt: null, canRevoke: true });
    const again = await createClaimLink(editor.api, publishedId);
    expect(tokenOf(again.url)).not.toBe(tokenOf(link.url));
    // The list never shows the address again.
    const list = await editor.api.get<ShareLinkListDto>(`/api/v1/claims/${publishedId}/share-links`);
    expect(list.text).not.toContain(tokenOf(link.url));
  });

  it('stores only the SHA-256 of the token: the database alone cannot give the link back', async () => {
    const link = await createClaimLink(editor.api, publishedId);
    const token = tokenOf(link.url);
    const { rows } = await database.query('SELECT * FROM share_link WHERE id = $1', [link.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    const secret = token.slice('fds_'.length);
    expect(JSON.stringify(rows[0])).not.toContain(secret.slice(0, 16));
  });

  it('takes an expiry in the future, a year at most', async () => {
    const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const link = await createClaimLink(editor.api, publishedId, { expiresAt: inAMonth });
    expect(link.expiresAt).toBe(inAMonth);
    const past = await editor.api.post(`/api/v1/claims/${publishedId}/share-links`, { expiresAt: '2020-01-01T00:00:00Z' });
    expect(past.status).toBe(422);
    const tooLate = await editor.api.post(`/api/v1/claims/${publishedId}/share-links`, { expiresAt: new Date(Date.now() + 400 * 86_400_000).toISOString() });
    expect(tooLate.status).toBe(422);
    const garbage = await editor.api.post(`/api/v1/claims/${publishedId}/share-links`, { expiresAt: 'soon' });
    expect(garbage.status).toBe(422);
    const extra = await editor.api.post(`/api/v1/claims/${publishedId}/share-links`, { token: 'mine' });
    expect(extra.status).toBe(422);
    const notJson = await editor.api.send('POST', `/api/v1/claims/${publishedId}/share-links`, { raw: '{', headers: { 'content-type': 'application/json' } });
    expect(notJson.status).toBe(400);
  });

  it('refuses to share a verdict that is not published (422)', async () => {
    const response = await editor.api.post<{ error: { code: string } }>(`/api/v1/claims/${draftId}/share-links`, {});
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('unprocessable');
    const list = await editor.api.get<ShareLinkListDto>(`/api/v1/claims/${draftId}/share-links`);
    expect(list.body).toEqual({ links: [], nextCursor: null, canCreate: false });
  });

  it('lets checkers and viewers see links but not make them (403)', async () => {
    for (const member of [checker, viewer]) {
      expect((await member.api.post(`/api/v1/claims/${publishedId}/share-links`, {})).status).toBe(403);
      expect((await member.api.post(`/api/v1/articles/${articleId}/share-links`, {})).status).toBe(403);
      const list = await member.api.get<ShareLinkListDto>(`/api/v1/claims/${publishedId}/share-links`);
      expect(list.status).toBe(200);
      expect(list.body.canCreate).toBe(false);
      expect(list.body.links.length).toBeGreaterThan(0);
      expect(list.body.links.every((l) => !l.canRevoke)).toBe(true);
    }
  });

  it('shares an article review, and keeps other newsrooms out (404)', async () => {
    const response = await editor.api.post<{ url: string; kind: string }>(`/api/v1/articles/${articleId}/share-links`, {});
    expect(response.status).toBe(201);
    expect(response.body.url).toMatch(/\/r\/fds_[A-Za-z0-9_-]{43}$/);
    expect((await outsider.api.post(`/api/v1/articles/${articleId}/share-links`, {})).status).toBe(404);
    expect((await outsider.api.post(`/api/v1/claims/${publishedId}/share-links`, {})).status).toBe(404);
    expect((await outsider.api.get(`/api/v1/claims/${publishedId}/share-links`)).status).toBe(404);
    expect((await outsider.api.get(`/api/v1/articles/${articleId}/share-links`)).status).toBe(404);
  });
});

describe('revoking links', () => {
  it('lets an admin list every live link of the workspace, and nobody else', async () => {
    const link = await createClaimLink(editor.api, publishedId);
    const all = await admin.api.get<ShareLinkListDto>('/api/v1/share-links');
    expect(all.status).toBe(200);
    expect(all.body.links.map((l) => l.id)).toContain(link.id);
    expect(all.body.links.every((l) => l.revokedAt === null && l.canRevoke)).toBe(true);
    expect(all.body.links.find((l) => l.id === link.id)?.createdBy?.name).toBeTruthy();
    for (const member of [editor, checker, viewer]) expect((await member.api.get('/api/v1/share-links')).status).toBe(403);
    const theirs = await outsider.api.get<ShareLinkListDto>('/api/v1/share-links');
    expect(theirs.body.links.map((l) => l.id)).not.toContain(link.id);
  });

  it('lets the member who made a link revoke it, and no other non-admin', async () => {
    const link = await createClaimLink(editor.api, publishedId);
    const secondEditor = await createTeammate(admin, 'editor');
    expect((await secondEditor.api.delete(`/api/v1/share-links/${link.id}`)).status).toBe(403);
    expect((await checker.api.delete(`/api/v1/share-links/${link.id}`)).status).toBe(403);
    expect((await outsider.api.delete(`/api/v1/share-links/${link.id}`)).status).toBe(404);
    expect((await editor.api.delete(`/api/v1/share-links/${link.id}`)).status).toBe(204);
    const { rows } = await database.query('SELECT "revokedAt", "revokedById" FROM share_link WHERE id = $1', [link.id]);
    expect(rows[0].revokedAt).not.toBeNull();
    const list = await editor.api.get<ShareLinkListDto>(`/api/v1/claims/${publishedId}/share-links`);
    expect(list.body.links.map((l) => l.id)).not.toContain(link.id);
    // Revoking again changes nothing and is not an error.
    expect((await editor.api.delete(`/api/v1/share-links/${link.id}`)).status).toBe(204);
  });

  it('lets an admin revoke any link of the workspace', async () => {
    const link = await createClaimLink(editor.api, publishedId);
    expect((await admin.api.delete(`/api/v1/share-links/${link.id}`)).status).toBe(204);
    const all = await admin.api.get<ShareLinkListDto>('/api/v1/share-links');
    expect(all.body.links.map((l) => l.id)).not.toContain(link.id);
  });

  it('answers 404 for an id that is not a link of the workspace', async () => {
    const theirs = await createClaimLink(admin.api, publishedId);
    expect((await outsider.api.delete(`/api/v1/share-links/${theirs.id}`)).status).toBe(404);
    expect((await admin.api.delete('/api/v1/share-links/no-such-link')).status).toBe(404);
    expect((await admin.api.delete('/api/v1/share-links/%E2%80%AE')).status).toBe(404);
  });
});

describe('the API reference', () => {
  it('documents the share-link operations', async () => {
    const { body } = await admin.api.get<{ paths: Record<string, Record<string, unknown>> }>('/api/v1/openapi.json');
    const operations = Object.entries(body.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    expect(operations).toEqual(
      expect.arrayContaining([
        'GET /api/v1/claims/{claimId}/share-links',
        'POST /api/v1/claims/{claimId}/share-links',
        'GET /api/v1/articles/{articleId}/share-links',
        'POST /api/v1/articles/{articleId}/share-links',
        'GET /api/v1/share-links',
        'DELETE /api/v1/share-links/{linkId}',
      ]),
    );
  });
});
