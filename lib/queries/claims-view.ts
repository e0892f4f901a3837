import { infiniteQueryOptions } from '@tanstack/react-query';
import type { ClaimsViewPageDto } from '@/lib/validations/claims-view';
import { apiFetch } from './api-client';

export const claimsViewKeys = {
  all: ['claims-view'] as const,
  list: (query: string) => ['claims-view', 'list', query] as const,
  savedViews: ['claims-view', 'saved-views'] as const,
};

/** The claims view for one query string: its first page comes with the page, the next ones by cursor. */
export function claimsViewOptions(query: string, first: ClaimsViewPageDto) {
  return infiniteQueryOptions({
    queryKey: claimsViewKeys.list(query),
    queryFn: async ({ pageParam }): Promise<ClaimsViewPageDto> => {
      const params = new URLSearchParams(query);
      if (pageParam) params.set('cursor', pageParam);
      return apiFetch<ClaimsViewPageDto>(`/api/v1/claims?${params}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    initialData: { pages: [first], pageParams: [null] },
    // The server renders the first page afresh on each visit: no cached older copy may shadow it.
    gcTime: 0,
  });
}
