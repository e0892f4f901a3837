import { queryOptions } from '@tanstack/react-query';
import type { SearchResultsDto } from '@/lib/validations/search';
import { apiFetch } from './api-client';

export const searchKeys = {
  all: ['search'] as const,
  suggestions: (q: string) => [...searchKeys.all, 'suggestions', q] as const,
};

/** The first few results for the header's box, as the person types. */
export function searchSuggestionsOptions(q: string) {
  return queryOptions({
    queryKey: searchKeys.suggestions(q),
    queryFn: ({ signal }) => apiFetch<SearchResultsDto>(`/api/v1/search?q=${encodeURIComponent(q)}&limit=12`, { signal }),
    enabled: q.trim().length > 0,
    staleTime: 10_000,
  });
}
