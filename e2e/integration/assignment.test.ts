// Story: an editor hands claims out to checkers; each member sees their own queue of claims to
// work on, and editors see the proposals waiting for their review.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto, ClaimEventDto } from '@/lib/validations/claim';
import type { MyClaimsDto } from '@/lib/validations/my-claims';
import { createArticle, createMember, createTeammate, type ApiError, type Member } from './support/api';

let editor: Member;
let checker: Member;
let viewer: Member;
let outsider: Member;
let claim: ClaimDto;
let checkerId: string;

beforeAll(async () => {
  editor = await createMember('assign-editor');
  [checker, viewer] = await Promise.all([createTeammate(editor, 'checker'), createTeammate(editor, 'viewer')]);
  outsider = await createMember('assign-outsider');
  const article = await createArticle(editor.api, { title: 'Schools', text: 'The council said class sizes fell to 22 pupils. It added that 30 schools were renovated.' });
  const mark = async (exact: string) =>
    (await editor.api.post<ClaimDto>(`/api/v1/articles/${article.id}/claims`, { selector: { type: 'TextQuoteSelector', exact } })).body;
  claim = await mark('class sizes fell to 22 pupils');
  // The checker's id, as the API shows it, from a claim they marked.
  checkerId = (await checker.api.post<ClaimDto>(`/api/v1/articles/${article.id}/claims`, { selector: { type: 'TextQuoteSelector', exact: '30 schools were renovated' } })).body.createdBy!.id;
});

describe('assigning a claim', () => {
  it('assigns to a member, records it in history, and puts it in their queue', async () => {
    const response = await editor.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, { version: claim.version, assigneeId: checkerId });
    expect(response.status).toBe(200);
    expect(response.body.assignee).toEqual({ id: checkerId, name: checker.user.name });
    claim = response.body;

    const events = (await editor.api.get<{ events: ClaimEventDto[] }>(`/api/v1/claims/${claim.id}/history`)).body.events;
    expect(events[0]).toMatchObject({ kind: 'assigned', field: 'assignee', from: null, to: checker.user.name });

    const queue = await checker.api.get<MyClaimsDto>('/api/v1/me/claims');
    expect(queue.body.assigned).toEqual([expect.objectContaining({ id: claim.id, articleTitle: 'Schools', status: 'to_check' })]);
    expect(queue.body.awaitingReview).toEqual([]);
  });

  it('refuses someone outside the workspace or unknown (422) and changes nothing', async () => {
    const own = await createArticle(outsider.api, { title: 'Elsewhere', text: 'Somebody said something checkable.' });
    const outsiderId = (await outsider.api.post<ClaimDto>(`/api/v1/articles/${own.id}/claims`, { selector: { type: 'TextQuoteSelector', exact: 'something checkable' } })).body.createdBy!.id;
    for (const assigneeId of [outsiderId, 'x'.repeat(64)]) {
      const response = await editor.api.patch<{ error: ApiError }>(`/api/v1/claims/${claim.id}`, { version: claim.version, assigneeId });
      expect(response.status).toBe(422);
      expect(response.body.error.fields).toHaveProperty('assigneeId');
    }
    expect((await editor.api.patch(`/api/v1/claims/${claim.id}`, { version: claim.version, assigneeId: 'bad id!' })).status).toBe(422);
    expect((await editor.api.get<ClaimDto>(`/api/v1/claims/${claim.id}`)).body.assignee?.id).toBe(checkerId);
  });

  it('refuses a viewer (403) and another workspace (404)', async () => {
    expect((await viewer.api.patch(`/api/v1/claims/${claim.id}`, { version: claim.version, assigneeId: null })).status).toBe(403);
    expect((await outsider.api.patch(`/api/v1/claims/${claim.id}`, { version: claim.version, assigneeId: null })).status).toBe(404);
  });

  it('shows editors the proposals awaiting their review, not their own', async () => {
    const proposed = await checker.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, { version: claim.version, verdict: 'false', status: 'needs_review' });
    expect(proposed.status).toBe(200);
    claim = proposed.body;
    expect((await editor.api.get<MyClaimsDto>('/api/v1/me/claims')).body.awaitingReview.map((c) => c.id)).toContain(claim.id);
    expect((await checker.api.get<MyClaimsDto>('/api/v1/me/claims')).body.awaitingReview).toEqual([]);
  });

  it('unassigns with null', async () => {
    const response = await editor.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, { version: claim.version, assigneeId: null });
    expect(response.status).toBe(200);
    expect(response.body.assignee).toBeNull();
    expect((await checker.api.get<MyClaimsDto>('/api/v1/me/claims')).body.assigned).toEqual([]);
  });
});
