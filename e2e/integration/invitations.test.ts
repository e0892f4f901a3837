// Story: an admin invites a colleague with a single-use link. The link carries the role, works
// once, can be withdrawn, and expires; only admins make and see links; another desk cannot touch them.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InvitationDto } from '@/lib/validations/invitation';
import type { MemberDto } from '@/lib/validations/member';
import { createMember, createTeammate, type Member } from './support/api';
import { accept, expireInvitation, invite } from './support/invitations';
import { sql } from './support/database';

let owner: Member;
let editor: Member;

beforeAll(async () => {
  owner = await createMember('inviting-admin');
  editor = await createTeammate(owner, 'editor');
});

const pending = async (api = owner.api) => (await api.get<{ invitations: InvitationDto[] }>('/api/v1/invitations')).body.invitations;
const members = async () => (await owner.api.get<{ members: MemberDto[] }>('/api/v1/members')).body.members;

describe('an invitation link', () => {
  it('is made by an admin, shown once, and stored only as a hash', async () => {
    const created = await invite(owner.api, { role: 'checker', email: 'New.Checker@Example.test' });
    expect(created.url).toMatch(new RegExp(`/invite/${created.token}$`));
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({ role: 'checker', email: 'new.checker@example.test', invitedBy: owner.user.name });
    // Seven days to use it.
    const lifetime = Date.parse(created.expiresAt) - Date.parse(created.createdAt);
    expect(lifetime).toBe(7 * 24 * 60 * 60 * 1000);

    const listed = (await pending()).find((i) => i.id === created.id);
    expect(listed).toBeDefined();
    expect(JSON.stringify(listed)).not.toContain(created.token);

    const rows = await sql<{ tokenHash: string }>('SELECT "tokenHash" FROM invitation WHERE id = $1', [created.id]);
    expect(rows[0]?.tokenHash).toBe(createHash('sha256').update(created.token).digest('hex'));
    expect(await sql('SELECT id FROM invitation WHERE "tokenHash" = $1', [created.token])).toHaveLength(0);
  });

  it('makes whoever accepts it a member with the invited role, once', async () => {
    const created = await invite(owner.api, { role: 'checker' });
    const newcomer = await createMember('newcomer');
    const joined = await accept(newcomer.api, created.token);
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({ outcome: 'joined', role: 'checker', workspace: { name: owner.user.workspace } });
    expect((await members()).find((m) => m.email === newcomer.user.email)).toMatchObject({ role: 'checker', name: newcomer.user.name });
    expect((await pending()).map((i) => i.id)).not.toContain(created.id);

    const latecomer = await createMember('latecomer');
    const again = await accept(latecomer.api, created.token);
    expect(again.status).toBe(410);
    expect(again.body.error.message).toMatch(/already been used/);
    expect((await members()).map((m) => m.email)).not.toContain(latecomer.user.email);
  });

  it('lets only one of two people who open it at the same moment in', async () => {
    const created = await invite(owner.api, { role: 'viewer' });
    const [first, second] = await Promise.all([createMember('racer-a'), createMember('racer-b')]);
    const answers = await Promise.all([accept(first.api, created.token), accept(second.api, created.token)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 410]);
    const emails = (await members()).map((m) => m.email);
    expect([first, second].filter((m) => emails.includes(m.user.email))).toHaveLength(1);
  });

  it('tells someone who is already a member so, and stays unused for the person it was meant for', async () => {
    const created = await invite(owner.api, { role: 'viewer' });
    const answer = await accept(editor.api, created.token);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ outcome: 'already-member', role: 'editor' });
    expect((await pending()).map((i) => i.id)).toContain(created.id);
  });

  it('stops working when an admin revokes it', async () => {
    const created = await invite(owner.api, { role: 'editor' });
    expect((await owner.api.delete(`/api/v1/invitations/${created.id}`)).status).toBe(204);
    expect((await pending()).map((i) => i.id)).not.toContain(created.id);
    const someone = await createMember('too-late');
    const answer = await accept(someone.api, created.token);
    expect(answer.status).toBe(410);
    expect(answer.body.error.message).toMatch(/withdrawn/);
    // Revoking twice is harmless.
    expect((await owner.api.delete(`/api/v1/invitations/${created.id}`)).status).toBe(204);
  });

  it('cannot be revoked once used', async () => {
    const created = await invite(owner.api, { role: 'viewer' });
    const someone = await createMember('joins-first');
    expect((await accept(someone.api, created.token)).status).toBe(200);
    const revoke = await owner.api.delete<{ error: { code: string } }>(`/api/v1/invitations/${created.id}`);
    expect(revoke.status).toBe(409);
  });

  it('expires after its week', async () => {
    const created = await invite(owner.api, { role: 'editor' });
    await expireInvitation(created.id);
    expect((await pending()).map((i) => i.id)).not.toContain(created.id);
    const someone = await createMember('a-week-late');
    const answer = await accept(someone.api, created.token);
    expect(answer.status).toBe(410);
    expect(answer.body.error.message).toMatch(/expired/);
  });

  it('that does not exist is a 404, however it is spelt', async () => {
    for (const token of ['A'.repeat(43), 'short', '../../etc/passwd']) {
      const answer = await accept(editor.api, token);
      expect(answer.status).toBe(404);
    }
  });
});

describe('who may handle invitations', () => {
  it.each(['editor', 'checker', 'viewer'] as const)('a %s can neither make, list nor revoke links', async (role) => {
    const someone = role === 'editor' ? editor : await createTeammate(owner, role);
    const existing = await invite(owner.api, { role: 'viewer' });
    expect((await someone.api.post('/api/v1/invitations', { role: 'admin' })).status).toBe(403);
    expect((await someone.api.get('/api/v1/invitations')).status).toBe(403);
    expect((await someone.api.delete(`/api/v1/invitations/${existing.id}`)).status).toBe(403);
    expect((await pending()).map((i) => i.id)).toContain(existing.id);
  });

  it("another workspace's admin cannot revoke our links: to them they do not exist", async () => {
    const stranger = await createMember('other-desk');
    const ours = await invite(owner.api, { role: 'viewer' });
    const answer = await stranger.api.delete<{ error: { code: string } }>(`/api/v1/invitations/${ours.id}`);
    expect(answer.status).toBe(404);
    expect((await pending()).map((i) => i.id)).toContain(ours.id);
    expect((await pending(stranger.api)).map((i) => i.id)).not.toContain(ours.id);
  });
});

describe('a bad invitation request', () => {
  it.each([
    ['an unknown role', { role: 'owner' }, 'role'],
    ['no role', { email: 'a@example.test' }, 'role'],
    ['an email that is not one', { role: 'viewer', email: 'not an email' }, 'email'],
    ['an unknown field', { role: 'viewer', expiresInDays: 365 }, '_'],
  ])('with %s is refused with 422 and creates nothing', async (_, input, field) => {
    const before = (await pending()).length;
    const answer = await owner.api.post<{ error: { code: string; fields: Record<string, string[]> } }>('/api/v1/invitations', input);
    expect(answer.status).toBe(422);
    expect(Object.keys(answer.body.error.fields)).toContain(field);
    expect((await pending()).length).toBe(before);
  });

  it('that is not JSON is refused with 400', async () => {
    const answer = await owner.api.send('POST', '/api/v1/invitations', { raw: '{"role":', headers: { 'content-type': 'application/json' } });
    expect(answer.status).toBe(400);
  });
});
