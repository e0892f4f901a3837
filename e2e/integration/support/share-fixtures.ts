// Articles with published and unpublished claims, for the share-link stories.
import type { ClaimDto } from '@/lib/validations/claim';
import type { CreatedShareLinkDto } from '@/lib/validations/share-link';
import { createArticle, type Api } from './api';

export const SHARE_TEXT =
  'The mayor said the harbour bridge carried 40,000 cars a day in 2024.\n\n' +
  'She also claimed that the ferry had never been late, which the union disputes.\n\n' +
  'A third sentence says the toll will be scrapped next spring.';

export async function markClaim(api: Api, articleId: string, exact: string, fields: Record<string, unknown> = {}): Promise<ClaimDto> {
  const created = await api.post<ClaimDto>(`/api/v1/articles/${articleId}/claims`, { selector: { type: 'TextQuoteSelector', exact } });
  if (created.status !== 201) throw new Error(`Marking a claim failed: ${created.status} ${created.text}`);
  if (Object.keys(fields).length === 0) return created.body;
  const updated = await api.patch<ClaimDto>(`/api/v1/claims/${created.body.id}`, { version: created.body.version, ...fields });
  if (updated.status !== 200) throw new Error(`Updating a claim failed: ${updated.status} ${updated.text}`);
  return updated.body;
}

/** Publishes with a verdict (today a PATCH by someone allowed to publish). */
export async function publishClaim(api: Api, articleId: string, exact: string, fields: Record<string, unknown> = {}): Promise<ClaimDto> {
  return markClaim(api, articleId, exact, { verdict: 'false', status: 'published', ...fields });
}

export async function shareArticleWithClaims(api: Api, title = 'Harbour figures') {
  const article = await createArticle(api, { title, outlet: 'Harbour Gazette', author: 'R. Reporter', publishedAt: '2025-03-01', sourceUrl: 'https://news.example/harbour', text: SHARE_TEXT });
  return article;
}

export async function createClaimLink(api: Api, claimId: string, body: Record<string, unknown> = {}): Promise<CreatedShareLinkDto> {
  const response = await api.post<CreatedShareLinkDto>(`/api/v1/claims/${claimId}/share-links`, body);
  if (response.status !== 201) throw new Error(`Sharing failed: ${response.status} ${response.text}`);
  return response.body;
}

export function tokenOf(url: string): string {
  return new URL(url).pathname.split('/')[2] ?? '';
}
