// Claims in a published state for "already checked?" and suggestion tests: a checker proposes,
// an editor approves (the review gate of decision 009, as in the app).
import { expect } from 'vitest';
import type { ClaimDto } from '@/lib/validations/claim';
import type { Api } from './api';

export async function markClaim(api: Api, articleId: string, exact: string, statement?: string): Promise<ClaimDto> {
  const response = await api.post<ClaimDto>(`/api/v1/articles/${articleId}/claims`, { selector: { type: 'TextQuoteSelector', exact }, statement });
  expect(response.status, response.text).toBe(201);
  return response.body;
}

export async function publishClaim(checker: Api, editor: Api, articleId: string, exact: string, verdict = 'false'): Promise<ClaimDto> {
  const claim = await markClaim(checker, articleId, exact);
  const proposed = await checker.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, {
    version: claim.version, statement: exact, verdict, explanation: 'Official figures say otherwise.', status: 'needs_review',
  });
  expect(proposed.status, proposed.text).toBe(200);
  const approved = await editor.post<ClaimDto>(`/api/v1/claims/${claim.id}/approve`, { version: proposed.body.version });
  expect(approved.status, approved.text).toBe(200);
  return approved.body;
}
