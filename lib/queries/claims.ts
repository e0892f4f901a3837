import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { ClaimDto, ClaimEventDto } from '@/lib/validations/claim';
import type { RatingDto } from '@/lib/validations/rating';
import { apiFetch } from './api-client';

// Every query key of the app comes from these factories, so invalidation cannot miss one.
export const claimKeys = {
  all: ['claims'] as const,
  list: (articleId: string) => [...claimKeys.all, 'list', articleId] as const,
  history: (claimId: string) => [...claimKeys.all, 'history', claimId] as const,
};

export const ratingKeys = {
  scale: () => ['rating-scale'] as const,
};

/** How often an open article asks for teammates' changes (the issue asks for ~2 s). */
export const LIVE_POLL_MS = 1500;

export function claimListOptions(articleId: string) {
  return queryOptions({
    queryKey: claimKeys.list(articleId),
    queryFn: async () => (await apiFetch<{ claims: ClaimDto[] }>(`/api/v1/articles/${articleId}/claims`)).claims,
  });
}

/** A claim's history, newest page first; older pages load on demand. */
export function claimHistoryOptions(claimId: string) {
  return infiniteQueryOptions({
    queryKey: claimKeys.history(claimId),
    queryFn: ({ pageParam }) => apiFetch<{ events: ClaimEventDto[]; nextCursor: string | null }>(pagePath(`/api/v1/claims/${claimId}/history`, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** The address of one page of a list: the first without a cursor. */
export function pagePath(path: string, cursor: string | null): string {
  return cursor ? `${path}?cursor=${encodeURIComponent(cursor)}` : path;
}

export function ratingScaleOptions() {
  return queryOptions({
    queryKey: ratingKeys.scale(),
    queryFn: async () => (await apiFetch<{ ratings: RatingDto[] }>('/api/v1/rating-scale')).ratings,
    staleTime: 5 * 60_000,
  });
}
