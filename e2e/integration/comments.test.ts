// Story: teammates discuss a claim in its timeline. A comment can @mention a member by name or
// email; the mention reaches that member's "my claims" queue. Authors delete their own comments,
// admins any; viewers read along but cannot write.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto } from '@/lib/validations/claim';
import type { CommentDto } from '@/lib/validations/comment';
import type { MyClaimsDto } from '@/lib/validations/my-claims';
import { createArticle, createMember, createTeammate, type ApiError, type Member } from './support/api';
import { sql } from './support/database';

let owner: Member;
let checker: Member;
let viewer: Member;
let outsider: Member;
let claim: ClaimDto;

const commentsPath = () => `/api/v1/claims/${claim.id}/comments`;

beforeAll(async () => {
  owner = await createMember('comments-owner');
  [checker, viewer] = await Promise.all([createTeammate(owner, 'checker'), createTeammate(owner, 'viewer')]);
  outsider = await createMember('comments-outsider');
  const article = await createArticle(owner.api, { title: 'Harbour', text: 'The mayor said the harbour earned 5 million last year.' });
  claim = (await owner.api.post<ClaimDto>(`/api/v1/articles/${article.id}/claims`, { selector: { type: 'TextQuoteSelector', exact: 'the harbour earned 5 million' } })).body;
});

describe('commenting on a claim', () => {
  it('stores plain text and resolves @Name and @email mentions of members; unknown ones stay text', async () => {
    const body = `@${checker.user.name}, can you find the accounts? cc @${owner.user.email}. @Nobody Here can't help.`;
    const response = await owner.api.post<CommentDto>(commentsPath(), { body });
    expect(response.status).toBe(201);
    expect(response.body.body).toBe(body);
    expect(response.body.author?.name).toBe(owner.user.name);
    expect(response.body.mentions.map((m) => m.name)).toEqual([checker.user.name, owner.user.name]);
    const [first] = response.body.mentionRanges;
    expect(body.slice(first!.start, first!.end)).toBe(`@${checker.user.name}`);
  });

  it('shows the mentioned member the claim in their queue', async () => {
    const mine = await checker.api.get<MyClaimsDto>('/api/v1/me/claims');
    expect(mine.status).toBe(200);
    expect(mine.body.mentioned.map((c) => c.id)).toContain(claim.id);
    expect((await viewer.api.get<MyClaimsDto>('/api/v1/me/claims')).body.mentioned.map((c) => c.id)).not.toContain(claim.id);
  });

  it('lists comments oldest first, for viewers too', async () => {
    await checker.api.post(commentsPath(), { body: 'On it.' });
    const list = await viewer.api.get<{ comments: CommentDto[] }>(commentsPath());
    expect(list.status).toBe(200);
    expect(list.body.comments.map((c) => c.body).at(-1)).toBe('On it.');
  });

  it('refuses viewers (403), empty or oversized text (422), and other workspaces (404)', async () => {
    expect((await viewer.api.post(commentsPath(), { body: 'Me too' })).status).toBe(403);
    const empty = await checker.api.post<{ error: ApiError }>(commentsPath(), { body: '   ' });
    expect(empty.status).toBe(422);
    expect(empty.body.error.fields).toHaveProperty('body');
    expect((await checker.api.post(commentsPath(), { body: 'x'.repeat(5001) })).status).toBe(422);
    expect((await checker.api.post(commentsPath(), { text: 'wrong field' })).status).toBe(422);
    expect((await outsider.api.get(commentsPath())).status).toBe(404);
    expect((await outsider.api.post(commentsPath(), { body: 'hello' })).status).toBe(404);
  });
});

describe('deleting a comment', () => {
  it("lets the author delete their own, not someone else's; an admin may delete any", async () => {
    const mine = (await checker.api.post<CommentDto>(commentsPath(), { body: 'Draft thought' })).body;
    const theirs = (await owner.api.post<CommentDto>(commentsPath(), { body: 'Admin note' })).body;
    expect((await checker.api.delete(`/api/v1/comments/${theirs.id}`)).status).toBe(403);
    expect((await outsider.api.delete(`/api/v1/comments/${mine.id}`)).status).toBe(404);
    expect((await checker.api.delete(`/api/v1/comments/${mine.id}`)).status).toBe(204);
    expect((await checker.api.delete(`/api/v1/comments/${mine.id}`)).status).toBe(404);

    const another = (await checker.api.post<CommentDto>(commentsPath(), { body: 'Off-topic' })).body;
    expect((await owner.api.delete(`/api/v1/comments/${another.id}`)).status).toBe(204);

    const ids = (await owner.api.get<{ comments: CommentDto[] }>(commentsPath())).body.comments.map((c) => c.id);
    expect(ids).not.toContain(mine.id);
    expect(ids).not.toContain(another.id);
    expect(ids).toContain(theirs.id);
  });
});

describe('a comment whose author’s account is gone', () => {
  it('still says who wrote it, by the name they had', async () => {
    const leaving = await createTeammate(owner, 'checker');
    const written = (await leaving.api.post<CommentDto>(commentsPath(), { body: 'The accounts are on page 12.' })).body;
    expect(written.author?.name).toBe(leaving.user.name);
    // No screen deletes accounts yet; a server admin might, and the row keeps its name.
    await sql('DELETE FROM "user" WHERE email = $1', [leaving.user.email]);
    const listed = (await owner.api.get<{ comments: CommentDto[] }>(commentsPath())).body.comments.find((c) => c.id === written.id);
    expect(listed?.author).toEqual({ id: null, name: leaving.user.name });
  });
});
