// Story: everyone with an article open polls its claims every couple of seconds. The answer is
// a 304 (no body) while nothing changed, and a fresh list as soon as a teammate changes a claim,
// its evidence, or adds or deletes one, whichever app instance they used (the fingerprint
// lives in PostgreSQL).
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto } from '@/lib/validations/claim';
import { createArticle, createMember, createTeammate, send, type Member } from './support/api';

let editor: Member;
let checker: Member;
let articleId: string;
let claim: ClaimDto;

const listPath = () => `/api/v1/articles/${articleId}/claims`;

async function poll(member: Member, etag?: string) {
  return send<{ claims: ClaimDto[] }>('GET', listPath(), { token: member.token, headers: etag ? { 'if-none-match': etag } : {} });
}

/** The ETag now, checked to be stable: asking again with it answers 304 and no body. */
async function settledEtag(member: Member): Promise<string> {
  const first = await poll(member);
  const etag = first.headers.get('etag')!;
  const again = await poll(member, etag);
  expect(again.status).toBe(304);
  expect(again.text).toBe('');
  return etag;
}

beforeAll(async () => {
  editor = await createMember('live-editor');
  checker = await createTeammate(editor, 'checker');
  articleId = (await createArticle(editor.api, {
    title: 'Ferry timetable',
    text: 'The ferry now runs every 20 minutes. Fares rose by a third in January.',
  })).id;
  claim = (await editor.api.post<ClaimDto>(listPath(), { selector: { type: 'TextQuoteSelector', exact: 'runs every 20 minutes' } })).body;
});

describe('polling an article for changes', () => {
  it('answers with an ETag, revalidation headers, and 304 while nothing changed', async () => {
    const first = await poll(editor);
    expect(first.status).toBe(200);
    expect(first.body.claims.map((c) => c.id)).toEqual([claim.id]);
    expect(first.headers.get('etag')).toMatch(/^W\/".+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const again = await poll(editor, first.headers.get('etag')!);
    expect(again.status).toBe(304);
  });

  it("sees a teammate's change to a claim", async () => {
    const etag = await settledEtag(editor);
    const patched = await checker.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, { version: claim.version, statement: 'Every 20 minutes.' });
    expect(patched.status).toBe(200);
    claim = patched.body;
    const after = await poll(editor, etag);
    expect(after.status).toBe(200);
    expect(after.body.claims[0]!.statement).toBe('Every 20 minutes.');
    expect(after.headers.get('etag')).not.toBe(etag);
  });

  it("sees a teammate's new evidence, new claim and deleted claim", async () => {
    let etag = await settledEtag(editor);
    const evidence = await checker.api.post(`/api/v1/claims/${claim.id}/evidence`, { url: 'https://ferries.example/timetable', stance: 'supports' });
    expect(evidence.status).toBe(201);
    let after = await poll(editor, etag);
    expect(after.status).toBe(200);
    expect(after.body.claims[0]!.evidence).toHaveLength(1);

    etag = await settledEtag(editor);
    const added = await checker.api.post<ClaimDto>(listPath(), { selector: { type: 'TextQuoteSelector', exact: 'Fares rose by a third' } });
    expect(added.status).toBe(201);
    after = await poll(editor, etag);
    expect(after.body.claims.map((c) => c.id)).toContain(added.body.id);

    etag = await settledEtag(editor);
    expect((await editor.api.delete(`/api/v1/claims/${added.body.id}`)).status).toBe(204);
    after = await poll(editor, etag);
    expect(after.status).toBe(200);
    expect(after.body.claims.map((c) => c.id)).not.toContain(added.body.id);
  });

  it("does not answer 304 to another workspace, whatever ETag it sends", async () => {
    const stranger = await createMember('live-stranger');
    const etag = await settledEtag(editor);
    const response = await poll(stranger, etag);
    expect(response.status).toBe(404);
  });
});
