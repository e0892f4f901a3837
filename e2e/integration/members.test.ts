// Story: a desk's admin manages who is in the workspace: sees everyone with their role, changes
// roles, removes people; members may leave. The workspace never loses its last admin, nobody but
// an admin changes membership, and another desk cannot even see our members.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto } from '@/lib/validations/claim';
import type { MemberDto } from '@/lib/validations/member';
import type { WorkspaceDto } from '@/lib/validations/workspace';
import { admin } from './support/admin-cli';
import { createUser } from './support/test-users';
import { createArticle, createMember, createTeammate, type Member } from './support/api';

type Failure = { error: { code: string; message: string; fields?: Record<string, string[]> } };

let owner: Member;
let articleId: string;

beforeAll(async () => {
  owner = await createMember('members-admin');
  articleId = (await createArticle(owner.api, { title: 'Harbour', text: 'The harbour handled two million containers last year.' })).id;
});

const userIdOf = async (member: Member, api = owner.api) => {
  const list = await api.get<{ members: MemberDto[] }>('/api/v1/members');
  const found = list.body.members.find((m) => m.email === member.user.email);
  if (!found) throw new Error(`${member.user.email} is not listed`);
  return found.userId;
};

describe('the member list', () => {
  it('shows everyone with name, email, role and when they joined, admins first, to every member', async () => {
    const viewer = await createTeammate(owner, 'viewer');
    const list = await viewer.api.get<{ members: MemberDto[] }>('/api/v1/members');
    expect(list.status).toBe(200);
    expect(list.body.members[0]).toMatchObject({ email: owner.user.email, name: owner.user.name, role: 'admin' });
    expect(list.body.members.find((m) => m.email === viewer.user.email)).toMatchObject({ role: 'viewer' });
    for (const member of list.body.members) expect(Date.parse(member.joinedAt)).not.toBeNaN();
  });
});

describe('changing a role', () => {
  it('takes effect on what the member can do', async () => {
    const colleague = await createTeammate(owner, 'viewer');
    const mark = () => colleague.api.post<ClaimDto>(`/api/v1/articles/${articleId}/claims`, { selector: { type: 'TextQuoteSelector', exact: 'two million' } });
    expect((await mark()).status).toBe(403);
    const changed = await owner.api.patch<MemberDto>(`/api/v1/members/${await userIdOf(colleague)}`, { role: 'checker' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ email: colleague.user.email, role: 'checker' });
    expect((await mark()).status).toBe(201);
  });

  it('is for admins only', async () => {
    const editor = await createTeammate(owner, 'editor');
    const viewer = await createTeammate(owner, 'viewer');
    const answer = await editor.api.patch<Failure>(`/api/v1/members/${await userIdOf(viewer)}`, { role: 'admin' });
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('forbidden');
    // Nor may anyone promote themselves.
    expect((await editor.api.patch(`/api/v1/members/${await userIdOf(editor)}`, { role: 'admin' })).status).toBe(403);
    expect((await owner.api.get<{ members: MemberDto[] }>('/api/v1/members')).body.members.find((m) => m.email === viewer.user.email)?.role).toBe('viewer');
  });

  it('refuses a role that does not exist, or a body that is not JSON, and changes nothing', async () => {
    const viewer = await createTeammate(owner, 'viewer');
    const id = await userIdOf(viewer);
    const unknown = await owner.api.patch<Failure>(`/api/v1/members/${id}`, { role: 'owner' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.fields).toHaveProperty('role');
    expect((await owner.api.patch(`/api/v1/members/${id}`, {})).status).toBe(422);
    expect((await owner.api.send('PATCH', `/api/v1/members/${id}`, { raw: 'role=admin', headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    expect((await owner.api.patch(`/api/v1/members/no-such-user`, { role: 'editor' })).status).toBe(404);
    expect((await owner.api.patch(`/api/v1/members/${encodeURIComponent('bad id!')}`, { role: 'editor' })).status).toBe(404);
    expect((await owner.api.get<{ members: MemberDto[] }>('/api/v1/members')).body.members.find((m) => m.userId === id)?.role).toBe('viewer');
  });
});

describe('removing a member', () => {
  it('takes them out and ends their access, tokens included', async () => {
    const checker = await createTeammate(owner, 'checker');
    expect((await checker.api.get(`/api/v1/articles/${articleId}`)).status).toBe(200);
    expect((await owner.api.delete(`/api/v1/members/${await userIdOf(checker)}`)).status).toBe(204);
    expect((await checker.api.get(`/api/v1/articles/${articleId}`)).status).toBe(401);
    const emails = (await owner.api.get<{ members: MemberDto[] }>('/api/v1/members')).body.members.map((m) => m.email);
    expect(emails).not.toContain(checker.user.email);
  });

  it('is for admins only; anyone may leave on their own', async () => {
    const editor = await createTeammate(owner, 'editor');
    const viewer = await createTeammate(owner, 'viewer');
    expect((await editor.api.delete(`/api/v1/members/${await userIdOf(viewer)}`)).status).toBe(403);
    expect((await viewer.api.get('/api/v1/members')).status).toBe(200);
    expect((await viewer.api.delete(`/api/v1/members/${await userIdOf(viewer)}`)).status).toBe(204);
    expect((await viewer.api.get('/api/v1/members')).status).toBe(401);
  });
});

describe('the last admin', () => {
  let solo: Member;
  let soloId: string;

  beforeAll(async () => {
    solo = await createMember('solo-admin');
    soloId = await userIdOf(solo, solo.api);
  });

  it('cannot be demoted, cannot leave and cannot be removed', async () => {
    const demote = await solo.api.patch<Failure>(`/api/v1/members/${soloId}`, { role: 'editor' });
    expect(demote.status).toBe(409);
    expect(demote.body.error.message).toMatch(/only admin/);
    const leave = await solo.api.delete<Failure>(`/api/v1/members/${soloId}`);
    expect(leave.status).toBe(409);
    expect((await solo.api.get<WorkspaceDto>('/api/v1/workspace')).body.role).toBe('admin');
  });

  it('may step down once another admin exists, and that one then is the last', async () => {
    const second = await createTeammate(solo, 'admin');
    const secondId = await userIdOf(second, solo.api);
    expect((await solo.api.patch(`/api/v1/members/${soloId}`, { role: 'editor' })).status).toBe(200);
    // solo is an editor now: the one admin left cannot be demoted or removed by anyone.
    expect((await second.api.patch(`/api/v1/members/${secondId}`, { role: 'viewer' })).status).toBe(409);
    expect((await second.api.delete(`/api/v1/members/${secondId}`)).status).toBe(409);
    expect((await solo.api.delete(`/api/v1/members/${secondId}`)).status).toBe(403);
    // Promoted again, the first admin may remove the second.
    expect((await second.api.patch(`/api/v1/members/${soloId}`, { role: 'admin' })).status).toBe(200);
    expect((await solo.api.delete(`/api/v1/members/${secondId}`)).status).toBe(204);
  });

  it('survives two admins demoting each other at the same moment', async () => {
    const desk = await createMember('race-desk');
    const other = await createTeammate(desk, 'admin');
    const [deskId, otherId] = [await userIdOf(desk, desk.api), await userIdOf(other, desk.api)];
    const answers = await Promise.all([
      desk.api.patch(`/api/v1/members/${otherId}`, { role: 'viewer' }),
      other.api.patch(`/api/v1/members/${deskId}`, { role: 'viewer' }),
    ]);
    // Whichever went second was no longer an admin (403) or would have removed the last one (409).
    expect(answers.map((a) => a.status).sort()).toEqual([200, expect.any(Number)]);
    expect([403, 409]).toContain(answers.map((a) => a.status).sort()[1]);
    const roles = (await (answers[0]!.status === 200 ? desk : other).api.get<{ members: MemberDto[] }>('/api/v1/members')).body.members;
    expect(roles.filter((m) => m.role === 'admin')).toHaveLength(1);
  });
});

describe('another workspace', () => {
  it("cannot see, change or remove our members: to it they do not exist", async () => {
    const stranger = await createMember('stranger-admin');
    const viewer = await createTeammate(owner, 'viewer');
    const id = await userIdOf(viewer);
    const seen = (await stranger.api.get<{ members: MemberDto[] }>('/api/v1/members')).body.members.map((m) => m.email);
    expect(seen).toEqual([stranger.user.email]);
    const patch = await stranger.api.patch<Failure>(`/api/v1/members/${id}`, { role: 'admin' });
    expect(patch.status).toBe(404);
    expect((await stranger.api.delete(`/api/v1/members/${id}`)).status).toBe(404);
    expect((await viewer.api.get<WorkspaceDto>('/api/v1/workspace')).body.role).toBe('viewer');
  });
});

describe('workspace settings', () => {
  it('every member reads them; an admin changes name, organisation link and self-approval', async () => {
    const desk = await createMember('settings-admin');
    const viewer = await createTeammate(desk, 'viewer');
    const read = await viewer.api.get<WorkspaceDto>('/api/v1/workspace');
    expect(read.body).toMatchObject({ name: desk.user.workspace, organizationUrl: null, allowSelfApproval: false, role: 'viewer' });

    const changed = await desk.api.patch<WorkspaceDto>('/api/v1/workspace', {
      organizationUrl: 'https://checkers.example.org/',
      allowSelfApproval: true,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: desk.user.workspace, organizationUrl: 'https://checkers.example.org/', allowSelfApproval: true, role: 'admin' });
    // An empty link clears it.
    expect((await desk.api.patch<WorkspaceDto>('/api/v1/workspace', { organizationUrl: '' })).body.organizationUrl).toBeNull();
  });

  it('are changed by admins only, and only with valid values', async () => {
    const desk = await createMember('settings-guard');
    const editor = await createTeammate(desk, 'editor');
    expect((await editor.api.patch('/api/v1/workspace', { allowSelfApproval: true })).status).toBe(403);
    for (const body of [{}, { organizationUrl: 'javascript:alert(1)' }, { name: '' }, { name: 'x'.repeat(121) }, { allowSelfApproval: 'yes' }, { slug: 'mine' }]) {
      const answer = await desk.api.patch<Failure>('/api/v1/workspace', body);
      expect(answer.status, JSON.stringify(body)).toBe(422);
    }
    expect((await desk.api.get<WorkspaceDto>('/api/v1/workspace')).body).toMatchObject({ name: desk.user.workspace, organizationUrl: null, allowSelfApproval: false });
  });
});

describe('the admin command line', () => {
  it('refuses to create a user into an existing workspace, pointing to add-member', async () => {
    const newcomer = await createUser('would-be-admin');
    const args = ['create-user', '--email', `x-${newcomer.email}`, '--password', newcomer.password, '--workspace', owner.user.workspace];
    await expect(admin(args)).rejects.toThrow(/already exists.*add-member/);
    const emails = (await owner.api.get<{ members: MemberDto[] }>('/api/v1/members')).body.members.map((m) => m.email);
    expect(emails).not.toContain(`x-${newcomer.email}`);
  });
});

describe('a malformed body to the member, invitation and workspace routes', () => {
  const bodies: [string, string, string][] = [
    ['invalid JSON', '{"role": ', 'application/json'],
    ['an empty body', '', 'application/json'],
    ['null', 'null', 'application/json'],
    ['an array', '[{"role":"admin"}]', 'application/json'],
    ['a number where text goes', '{"role": 1, "email": 2, "name": 3, "token": 4, "organizationUrl": 5}', 'application/json'],
    ['nulls everywhere', '{"role": null, "email": null, "name": null, "token": null, "allowSelfApproval": null}', 'application/json'],
    ['a prototype-polluting key', '{"__proto__": {"role": "admin"}, "constructor": {"prototype": {"x": 1}}}', 'application/json'],
    ['a NUL character', JSON.stringify({ role: 'admin\u0000', email: 'a\u0000@x.test', name: 'A\u0000B', token: 'x\u0000' }), 'application/json'],
    ['a string far over every limit', JSON.stringify({ role: 'r'.repeat(10_000), email: `${'e'.repeat(5000)}@x.test`, name: 'n'.repeat(10_000), token: 't'.repeat(10_000) }), 'application/json'],
    ['valid JSON as text/plain', '{"role":"viewer"}', 'text/plain'],
    ['a form post', 'role=admin', 'application/x-www-form-urlencoded'],
  ];
  let routes: [string, string][] = [];

  beforeAll(async () => {
    const viewer = await createTeammate(owner, 'viewer');
    routes = [
      ['PATCH', `/api/v1/members/${await userIdOf(viewer)}`],
      ['POST', '/api/v1/invitations'],
      ['POST', '/api/v1/invitations/accept'],
      ['PATCH', '/api/v1/workspace'],
    ];
  });

  it.each(bodies)('(%s) gets a 4xx everywhere', async (_, raw, type) => {
    for (const [method, path] of routes) {
      const response = await owner.api.send(method, path, { raw, headers: { 'content-type': type } });
      expect(response.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(response.status, `${method} ${path}`).toBeLessThan(500);
    }
    expect((await owner.api.get<WorkspaceDto>('/api/v1/workspace')).body).toMatchObject({ name: owner.user.workspace, role: 'admin' });
  });
});
