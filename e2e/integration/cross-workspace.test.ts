// Story: two newsrooms share one Factdesk. Newsroom B's token cannot read, change or even detect
// newsroom A's articles, claims and evidence: to B they do not exist (404, never 403).
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSummaryDto } from '@/lib/validations/article';
import type { ClaimDto } from '@/lib/validations/claim';
import type { EvidenceDto } from '@/lib/validations/evidence';
import { createArticle, createMember, type Member } from './support/api';

let a: Member;
let b: Member;
let articleId: string;
let claim: ClaimDto;
let evidence: EvidenceDto;
let deletedClaimId: string;

beforeAll(async () => {
  [a, b] = await Promise.all([createMember('desk-a'), createMember('desk-b')]);
  const article = await createArticle(a.api, {
    title: 'A private story',
    text: 'The governor promised ten thousand new homes. The budget for them was cut twice.',
  });
  articleId = article.id;
  const claims = `/api/v1/articles/${articleId}/claims`;
  claim = (await a.api.post<ClaimDto>(claims, { selector: { type: 'TextQuoteSelector', exact: 'ten thousand new homes' } })).body;
  evidence = (await a.api.post<EvidenceDto>(`/api/v1/claims/${claim.id}/evidence`, { url: 'https://housing.example/plan', stance: 'context' })).body;
  const deleted = (await a.api.post<ClaimDto>(claims, { selector: { type: 'TextQuoteSelector', exact: 'cut twice' } })).body;
  expect((await a.api.delete(`/api/v1/claims/${deleted.id}`)).status).toBe(204);
  deletedClaimId = deleted.id;
  expect(evidence.id).toBeTruthy();
});

describe("another workspace's token", () => {
  it("does not see A's article in its list", async () => {
    const list = await b.api.get<{ articles: ArticleSummaryDto[] }>('/api/v1/articles');
    expect(list.status).toBe(200);
    expect(list.body.articles.map((x) => x.id)).not.toContain(articleId);
  });

  it.each([
    ['GET', '/api/v1/articles/{articleId}', () => `/api/v1/articles/${articleId}`, undefined],
    ['GET', '/api/v1/articles/{articleId}/claims', () => `/api/v1/articles/${articleId}/claims`, undefined],
    ['POST', '/api/v1/articles/{articleId}/claims', () => `/api/v1/articles/${articleId}/claims`, { selector: { type: 'TextQuoteSelector', exact: 'The governor' } }],
    ['GET', '/api/v1/claims/{claimId}', () => `/api/v1/claims/${claim.id}`, undefined],
    ['PATCH', '/api/v1/claims/{claimId}', () => `/api/v1/claims/${claim.id}`, { version: 1, status: 'dismissed', verdict: 'false', explanation: 'B was here' }],
    ['DELETE', '/api/v1/claims/{claimId}', () => `/api/v1/claims/${claim.id}`, undefined],
    ['DELETE', '/api/v1/claims/{claimId}?version=1', () => `/api/v1/claims/${claim.id}?version=1`, undefined],
    ['GET', '/api/v1/claims/{claimId}/history', () => `/api/v1/claims/${claim.id}/history`, undefined],
    ['POST', '/api/v1/claims/{claimId}/evidence', () => `/api/v1/claims/${claim.id}/evidence`, { url: 'https://b.example/', stance: 'refutes' }],
    ['POST', '/api/v1/claims/{deletedClaimId}/restore', () => `/api/v1/claims/${deletedClaimId}/restore`, undefined],
    ['PATCH', '/api/v1/evidence/{evidenceId}', () => `/api/v1/evidence/${evidence.id}`, { title: 'B was here', stance: 'refutes' }],
    ['DELETE', '/api/v1/evidence/{evidenceId}', () => `/api/v1/evidence/${evidence.id}`, undefined],
  ] as const)('gets 404 for %s %s', async (method, _, path, json) => {
    const response = await b.api.send<{ error: { code: string } }>(method, path(), json === undefined ? {} : { json });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
    // Nothing of A's leaks into the answer.
    expect(response.text).not.toMatch(/governor|housing\.example/);
  });

  it("left A's work exactly as it was", async () => {
    const read = await a.api.get<ClaimDto>(`/api/v1/claims/${claim.id}`);
    expect(read.status).toBe(200);
    expect(read.body.evidence).toEqual([evidence]);
    expect(read.body).toMatchObject({ version: 1, status: 'to_check', verdict: null, explanation: '', statement: claim.statement });
    const list = await a.api.get<{ claims: ClaimDto[] }>(`/api/v1/articles/${articleId}/claims`);
    expect(list.body.claims.map((c) => c.id)).toEqual([claim.id]);
    const history = await a.api.get<{ events: { actor: string }[] }>(`/api/v1/claims/${claim.id}/history`);
    expect(new Set(history.body.events.map((e) => e.actor))).toEqual(new Set([a.user.name]));
  });
});
