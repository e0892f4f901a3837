// A verdict the desk has already published, made through the API before a journey starts.
import { callApi as api } from './api-as-teammate';

/** An article holding `sentence`, marked as a claim with that statement and published as False. */
export async function publishOnDesk(baseURL: string, token: string, title: string, sentence: string): Promise<{ articleId: string; claimId: string }> {
  const article = await api<{ id: string }>(baseURL, token, 'POST', '/api/v1/articles', { title, text: sentence });
  const claim = await api<{ id: string; version: number }>(baseURL, token, 'POST', `/api/v1/articles/${article.id}/claims`, {
    selector: { type: 'TextQuoteSelector', exact: sentence },
    statement: sentence,
  });
  const proposed = await api<{ version: number }>(baseURL, token, 'PATCH', `/api/v1/claims/${claim.id}`, {
    version: claim.version, verdict: 'false', explanation: 'Official figures differ.', status: 'needs_review',
  });
  await api(baseURL, token, 'POST', `/api/v1/claims/${claim.id}/approve`, { version: proposed.version });
  return { articleId: article.id, claimId: claim.id };
}
