// Story: an integration saves a change and keeps the claim the API answers with. That answer is
// written by a hand-tuned single statement (lib/server/claims/write-claim-change.ts); it must be
// exactly the claim a fresh GET returns, field for field, whatever the change touched.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto } from '@/lib/validations/claim';
import type { MemberDto } from '@/lib/validations/member';
import { createArticle, createMember, createTeammate, type Member } from './support/api';

let editor: Member;
let checker: Member;
let claim: ClaimDto;

beforeAll(async () => {
  editor = await createMember('response-editor');
  checker = await createTeammate(editor, 'checker');
  const article = await createArticle(editor.api, { title: 'Bridge costs', text: 'The bridge cost 😀 €90 million, twice the estimate.' });
  claim = (await editor.api.post<ClaimDto>(`/api/v1/articles/${article.id}/claims`, { selector: { type: 'TextQuoteSelector', exact: '€90 million' } })).body;
  expect((await editor.api.post(`/api/v1/claims/${claim.id}/evidence`, { url: 'https://budget.example/bridge', stance: 'supports', accessedAt: '2026-11-01T00:00:00.000Z' })).status).toBe(201);
});

async function patchedEqualsFetched(member: Member, changes: Record<string, unknown>) {
  const patched = await member.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, { version: claim.version, ...changes });
  expect(patched.status, patched.text).toBe(200);
  const fetched = await member.api.get<ClaimDto>(`/api/v1/claims/${claim.id}`);
  expect(patched.body).toEqual(fetched.body);
  claim = patched.body;
  return claim;
}

describe('the claim a PATCH answers with', () => {
  it('is the stored claim after a text edit, with evidence and who created it', async () => {
    const after = await patchedEqualsFetched(editor, { statement: 'The bridge cost €90 million.', claimant: 'The council' });
    expect(after.evidence).toHaveLength(1);
    expect(after.createdBy?.name).toBeTruthy();
  });

  it('is the stored claim after a verdict, an assignment and a proposal', async () => {
    const members = await editor.api.get<{ members: MemberDto[] }>('/api/v1/members');
    const checkerId = members.body.members.find((m) => m.email === checker.user.email)!.userId;
    await patchedEqualsFetched(editor, { verdict: 'mostly_false', assigneeId: checkerId });
    const proposed = await patchedEqualsFetched(checker, { status: 'needs_review', explanation: 'The audit says €88 million.' });
    expect(proposed.assignee?.id).toBe(checkerId);
    expect(proposed.proposedBy?.id).toBe(checkerId);
    expect(proposed.verdict?.key).toBe('mostly_false');
  });
});
