// Story: whatever a member does through the API, their role decides, exactly as the permission
// table says. Every operation below is tried by an admin, an editor, a checker and a viewer of the
// same workspace; what `can(role, action)` allows must succeed (2xx) and the rest must get 403.
// The expectation is computed from lib/core/permissions, so the table and the code cannot drift.
// To cover a new operation (review gate, comments, share links), add a row to `operations`.
// Every operation is also tried with a read-only token of an admin: reads succeed, and every
// write (any method but GET) gets 403, although the admin's role allows it.
import { beforeAll, describe, expect, it } from 'vitest';
import { can, roles, type Action, type RoleName } from '@/lib/core/permissions/permissions';
import type { ClaimDto } from '@/lib/validations/claim';
import type { EvidenceDto } from '@/lib/validations/evidence';
import type { MemberDto } from '@/lib/validations/member';
import { addMember, createToken, createUser } from './support/test-users';
import { apiFor, createArticle, createMember, createTeammate, type Member } from './support/api';
import { invite } from './support/invitations';

const TEXT = 'The mayor said crime fell by a third. The police say it rose. Both cite the same report.';

type Call = { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; path: string; json?: unknown };

type Operation = {
  name: string;
  /** The permission the operation needs; the expected outcome for each role follows from it. */
  action: Action;
  /** Builds the request, making fresh targets first (as the owner) when the call uses them up. */
  call: (role: RoleName) => Promise<Call>;
};

let owner: Member;
let team: Record<RoleName, Member>;
/** The admin of `team`, with a read-only token. */
let readOnlyAdmin: Member;
let articleId: string;
let claimId: string;
let evidenceId: string;
let targetUserId: string;
let approver: Member;
let checkerUserId: string;

const newClaim = async (exact = 'crime fell by a third') => {
  const response = await owner.api.post<ClaimDto>(`/api/v1/articles/${articleId}/claims`, { selector: { type: 'TextQuoteSelector', exact } });
  if (response.status !== 201) throw new Error(`claim: ${response.status} ${response.text}`);
  return response.body;
};
/** A claim the owner proposed for review (a verdict, status needs review). */
const proposedClaim = async () => {
  const claim = await newClaim();
  const response = await owner.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, { version: claim.version, status: 'needs_review', verdict: 'false' });
  if (response.status !== 200) throw new Error(`propose: ${response.status} ${response.text}`);
  return response.body;
};
/** A claim the owner proposed and a second editor approved. */
const publishedClaim = async () => {
  const claim = await proposedClaim();
  const response = await approver.api.post<ClaimDto>(`/api/v1/claims/${claim.id}/approve`, { version: claim.version });
  if (response.status !== 200) throw new Error(`approve: ${response.status} ${response.text}`);
  return response.body;
};
const newEvidence = async () => {
  const response = await owner.api.post<EvidenceDto>(`/api/v1/claims/${claimId}/evidence`, { url: 'https://stats.example/crime', stance: 'refutes' });
  if (response.status !== 201) throw new Error(`evidence: ${response.status} ${response.text}`);
  return response.body;
};
const ownersComment = async () => {
  const response = await owner.api.post<{ id: string }>(`/api/v1/claims/${claimId}/comments`, { body: 'A note to moderate.' });
  if (response.status !== 201) throw new Error(`comment: ${response.status} ${response.text}`);
  return response.body.id;
};
/** A token of the member's own, made through the API: its id, for revoking it. */
const newToken = async (member: Member) => {
  const response = await member.api.post<{ id: string }>('/api/v1/tokens', { name: 'To revoke', scope: 'read' });
  if (response.status !== 201) throw new Error(`token: ${response.status} ${response.text}`);
  return response.body.id;
};
const newMemberToRemove = async () => {
  const user = await createUser('removable');
  await addMember(user.email, owner.user.workspace, 'viewer');
  const list = await owner.api.get<{ members: MemberDto[] }>('/api/v1/members');
  return list.body.members.find((m) => m.email === user.email)!.userId;
};

const operations: Operation[] = [
  // Articles
  { name: 'list articles', action: 'article.read', call: async () => ({ method: 'GET', path: '/api/v1/articles' }) },
  { name: 'import an article', action: 'article.create', call: async () => ({ method: 'POST', path: '/api/v1/articles', json: { title: 'Matrix', text: 'A short text to import.' } }) },
  { name: 'read an article', action: 'article.read', call: async () => ({ method: 'GET', path: `/api/v1/articles/${articleId}` }) },
  { name: 'export a review', action: 'article.read', call: async () => ({ method: 'GET', path: `/api/v1/articles/${articleId}/export?format=json` }) },
  { name: 'read the rating scale', action: 'article.read', call: async () => ({ method: 'GET', path: '/api/v1/rating-scale' }) },
  // Claims
  { name: 'list claims', action: 'article.read', call: async () => ({ method: 'GET', path: `/api/v1/articles/${articleId}/claims` }) },
  { name: 'mark a claim', action: 'claim.create', call: async () => ({ method: 'POST', path: `/api/v1/articles/${articleId}/claims`, json: { selector: { type: 'TextQuoteSelector', exact: 'it rose' } } }) },
  { name: 'read a claim', action: 'article.read', call: async () => ({ method: 'GET', path: `/api/v1/claims/${claimId}` }) },
  { name: 'read a claim’s history', action: 'article.read', call: async () => ({ method: 'GET', path: `/api/v1/claims/${claimId}/history` }) },
  {
    name: 'edit a claim',
    action: 'claim.edit',
    call: async () => {
      const claim = await newClaim();
      return { method: 'PATCH', path: `/api/v1/claims/${claim.id}`, json: { version: claim.version, statement: 'Crime fell by 33%.', status: 'researching' } };
    },
  },
  {
    name: 'propose a verdict for review',
    action: 'claim.edit',
    call: async () => {
      const claim = await newClaim();
      return { method: 'PATCH', path: `/api/v1/claims/${claim.id}`, json: { version: claim.version, status: 'needs_review', verdict: 'false' } };
    },
  },
  {
    // The owner proposes; whoever tries is a different person, so only the role decides.
    name: 'approve and publish a proposed verdict',
    action: 'claim.publish',
    call: async () => {
      const claim = await proposedClaim();
      return { method: 'POST', path: `/api/v1/claims/${claim.id}/approve`, json: { version: claim.version } };
    },
  },
  {
    name: 'send a proposal back',
    action: 'claim.publish',
    call: async () => {
      const claim = await proposedClaim();
      return { method: 'POST', path: `/api/v1/claims/${claim.id}/send-back`, json: { version: claim.version, comment: 'Which report? Add the source.' } };
    },
  },
  {
    name: 'correct a published verdict',
    action: 'claim.publish',
    call: async () => {
      const claim = await publishedClaim();
      return {
        method: 'PATCH',
        path: `/api/v1/claims/${claim.id}`,
        json: { version: claim.version, verdict: 'mostly_false', correctionReason: 'The police revised their figures.' },
      };
    },
  },
  {
    name: 'assign a claim',
    action: 'claim.assign',
    call: async () => {
      const claim = await newClaim();
      return { method: 'PATCH', path: `/api/v1/claims/${claim.id}`, json: { version: claim.version, assigneeId: checkerUserId } };
    },
  },
  // Comments
  { name: 'read comments', action: 'article.read', call: async () => ({ method: 'GET', path: `/api/v1/claims/${claimId}/comments` }) },
  { name: 'comment on a claim', action: 'comment.create', call: async () => ({ method: 'POST', path: `/api/v1/claims/${claimId}/comments`, json: { body: 'Checked the report.' } }) },
  {
    name: 'delete a teammate’s comment',
    action: 'comment.moderate',
    call: async () => ({ method: 'DELETE', path: `/api/v1/comments/${await ownersComment()}` }),
  },
  {
    name: 'delete a claim',
    action: 'claim.delete',
    call: async () => ({ method: 'DELETE', path: `/api/v1/claims/${(await newClaim()).id}` }),
  },
  {
    name: 'restore a claim',
    action: 'claim.delete',
    call: async () => {
      const claim = await newClaim();
      expect((await owner.api.delete(`/api/v1/claims/${claim.id}`)).status).toBe(204);
      return { method: 'POST', path: `/api/v1/claims/${claim.id}/restore` };
    },
  },
  // Evidence
  { name: 'add evidence', action: 'evidence.edit', call: async () => ({ method: 'POST', path: `/api/v1/claims/${claimId}/evidence`, json: { url: 'https://police.example/report', stance: 'refutes' } }) },
  // Correction requests (decision 039)
  { name: 'read correction requests', action: 'article.read', call: async () => ({ method: 'GET', path: '/api/v1/correction-requests?open=true' }) },
  {
    name: 'record a correction request',
    action: 'correction.record',
    call: async () => ({ method: 'POST', path: `/api/v1/claims/${claimId}/correction-requests`, json: { recipientKind: 'publisher', channel: 'email', sentAt: '2026-11-01', request: 'Please correct the figure.' } }),
  },
  {
    name: 'record the outcome of a correction request',
    action: 'correction.record',
    call: async () => {
      const created = await owner.api.post<{ id: string }>(`/api/v1/claims/${claimId}/correction-requests`, { recipientKind: 'claimant', channel: 'letter', sentAt: '2026-11-01', request: 'Please correct.' });
      return { method: 'PATCH', path: `/api/v1/correction-requests/${created.body.id}`, json: { version: 1, outcome: 'declined' } };
    },
  },
  { name: 'edit evidence', action: 'evidence.edit', call: async () => ({ method: 'PATCH', path: `/api/v1/evidence/${evidenceId}`, json: { title: 'Police annual report' } }) },
  { name: 'remove evidence', action: 'evidence.edit', call: async () => ({ method: 'DELETE', path: `/api/v1/evidence/${(await newEvidence()).id}` }) },
  // Members and invitations
  { name: 'list members', action: 'article.read', call: async () => ({ method: 'GET', path: '/api/v1/members' }) },
  { name: 'change a member’s role', action: 'member.manage', call: async () => ({ method: 'PATCH', path: `/api/v1/members/${targetUserId}`, json: { role: 'viewer' } }) },
  { name: 'remove a member', action: 'member.manage', call: async () => ({ method: 'DELETE', path: `/api/v1/members/${await newMemberToRemove()}` }) },
  { name: 'list invitations', action: 'member.manage', call: async () => ({ method: 'GET', path: '/api/v1/invitations' }) },
  { name: 'create an invitation', action: 'member.manage', call: async () => ({ method: 'POST', path: '/api/v1/invitations', json: { role: 'checker' } }) },
  {
    name: 'revoke an invitation',
    action: 'member.manage',
    call: async () => ({ method: 'DELETE', path: `/api/v1/invitations/${(await invite(owner.api, { role: 'viewer' })).id}` }),
  },
  // Workspace settings
  { name: 'read workspace settings', action: 'article.read', call: async () => ({ method: 'GET', path: '/api/v1/workspace' }) },
  { name: 'change workspace settings', action: 'workspace.manage', call: async () => ({ method: 'PATCH', path: '/api/v1/workspace', json: { organizationUrl: 'https://desk.example/' } }) },
  // API tokens
  { name: 'list one’s own tokens', action: 'token.create', call: async () => ({ method: 'GET', path: '/api/v1/tokens' }) },
  { name: 'make a token', action: 'token.create', call: async () => ({ method: 'POST', path: '/api/v1/tokens', json: { name: 'Matrix', scope: 'write' } }) },
  {
    // The token is made with the member's own read-write token, then revoked with it.
    name: 'revoke one’s own token',
    action: 'token.create',
    call: async (role) => ({ method: 'DELETE', path: `/api/v1/tokens/${await newToken(team[role])}` }),
  },
  { name: 'list every token of the workspace', action: 'token.manage', call: async () => ({ method: 'GET', path: '/api/v1/tokens?owner=all' }) },
  {
    name: 'revoke a teammate’s token',
    action: 'token.manage',
    call: async () => ({ method: 'DELETE', path: `/api/v1/tokens/${await newToken(owner)}` }),
  },
  // Dashboard
  { name: 'read the desk dashboard', action: 'dashboard.read', call: async () => ({ method: 'GET', path: '/api/v1/dashboard' }) },
  { name: 'download a dashboard table', action: 'dashboard.read', call: async () => ({ method: 'GET', path: '/api/v1/dashboard?format=csv&table=weekly' }) },
  // Versions for every article, details, deletion (decision 042): each on an article of its own
  { name: 'add a revised text', action: 'article.create', call: async () => ({ method: 'POST', path: `/api/v1/articles/${await ownArticle()}/versions`, json: { text: 'A revised text.' } }) },
  { name: 'correct an article’s details', action: 'article.edit', call: async () => ({ method: 'PATCH', path: `/api/v1/articles/${await ownArticle()}`, json: { metadataVersion: 1, outlet: 'Corrected' } }) },
  { name: 'delete an article', action: 'article.delete', call: async () => ({ method: 'DELETE', path: `/api/v1/articles/${await ownArticle()}` }) },
  { name: 'list recently deleted articles', action: 'workspace.manage', call: async () => ({ method: 'GET', path: '/api/v1/articles/deleted' }) },
];

async function ownArticle(): Promise<string> {
  return (await createArticle(owner.api, { title: 'Matrix article', text: 'A first text to import.' })).id;
}

beforeAll(async () => {
  owner = await createMember('matrix-owner');
  const [admin, editor, checker, viewer, target, secondEditor] = await Promise.all([
    createTeammate(owner, 'admin'),
    createTeammate(owner, 'editor'),
    createTeammate(owner, 'checker'),
    createTeammate(owner, 'viewer'),
    createTeammate(owner, 'viewer'),
    createTeammate(owner, 'editor'),
  ]);
  team = { admin, editor, checker, viewer };
  readOnlyAdmin = { ...admin, token: await createToken(admin.user.email, owner.user.workspace, 'read') };
  readOnlyAdmin.api = apiFor(readOnlyAdmin.token);
  approver = secondEditor;
  articleId = (await createArticle(owner.api, { title: 'Crime figures', text: TEXT })).id;
  claimId = (await newClaim('Both cite the same report')).id;
  evidenceId = (await newEvidence()).id;
  const list = await owner.api.get<{ members: MemberDto[] }>('/api/v1/members');
  targetUserId = list.body.members.find((m) => m.email === target.user.email)!.userId;
  // Claims are assigned to people who can work on them (not viewers).
  checkerUserId = list.body.members.find((m) => m.email === checker.user.email)!.userId;
}, 120_000);

describe.each(operations)('$name ($action)', (operation) => {
  it.each(roles.map((role) => [role, can(role, operation.action) ? 'may' : 'may not'] as const))(
    'a %s %s',
    async (role, verdict) => {
      const allowed = verdict === 'may';
      const call = await operation.call(role);
      const response = await team[role].api.send<{ error?: { code: string } }>(call.method, call.path, call.json === undefined ? {} : { json: call.json });
      if (allowed) {
        expect(response.status, response.text).toBeGreaterThanOrEqual(200);
        expect(response.status, response.text).toBeLessThan(300);
      } else {
        expect(response.status, response.text).toBe(403);
        expect(response.body.error?.code).toBe('forbidden');
      }
    },
  );
});

describe.each(operations)('$name with a read-only token', (operation) => {
  it('is refused if it writes, and works if it reads, although an admin may do it', async () => {
    const call = await operation.call('admin');
    const response = await readOnlyAdmin.api.send<{ error?: { code: string; reason?: string } }>(
      call.method,
      call.path,
      call.json === undefined ? {} : { json: call.json },
    );
    if (call.method === 'GET') {
      expect(response.status, response.text).toBe(200);
    } else {
      expect(response.status, response.text).toBe(403);
      expect(response.body.error).toMatchObject({ code: 'forbidden', reason: 'read_only_token' });
    }
  });
});

describe('the matrix', () => {
  it('covers every action that an API operation exists for, with each outcome seen', () => {
    const covered = new Set(operations.map((o) => o.action));
    const expected = ['article.read', 'article.create', 'claim.create', 'claim.edit', 'claim.delete', 'claim.publish', 'claim.assign', 'comment.create', 'comment.moderate', 'evidence.edit', 'correction.record', 'member.manage', 'workspace.manage', 'token.create', 'token.manage', 'dashboard.read'] as const;
    for (const action of expected) {
      expect(covered).toContain(action);
    }
    // Every role is refused something, except admins; a table where nobody is refused tests nothing.
    for (const role of ['editor', 'checker', 'viewer'] as const) {
      expect(operations.some((o) => !can(role, o.action))).toBe(true);
    }
  });
});
