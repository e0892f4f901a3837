import { queryOptions } from '@tanstack/react-query';
import type { ArticleSuggestionsDto, SimilarClaimsDto } from '@/lib/validations/similar';
import { apiFetch } from './api-client';

export const similarKeys = {
  all: ['similar'] as const,
  /** Keyed by the statement too: an edited statement asks again. */
  claim: (claimId: string, statement: string) => [...similarKeys.all, 'claim', claimId, statement] as const,
  suggestions: (articleId: string) => [...similarKeys.all, 'suggestions', articleId] as const,
};

export function similarClaimsOptions(claimId: string, statement: string) {
  return queryOptions({
    queryKey: similarKeys.claim(claimId, statement),
    queryFn: () => apiFetch<SimilarClaimsDto>(`/api/v1/claims/${claimId}/similar`),
    staleTime: 60_000,
  });
}

export function articleSuggestionsOptions(articleId: string) {
  return queryOptions({
    queryKey: similarKeys.suggestions(articleId),
    queryFn: () => apiFetch<ArticleSuggestionsDto>(`/api/v1/articles/${articleId}/suggestions`),
    staleTime: 5 * 60_000,
  });
}
