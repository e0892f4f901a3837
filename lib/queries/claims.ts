import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { ClaimDto, ClaimEventDto } from '@/lib/validations/claim';
import type { RatingDto } from '@/lib/validations/rating';
import { apiFetch, apiFetchIfChanged } from './api-client';

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

// The ETag of the list each open article's query holds, sent with its next poll (this tab only).
const listEtags = new Map<string, string>();

/**
 * An article's claims, polled while it is open: a poll while nothing changed is a 304 that keeps
 * the list the query holds (the same array, so nothing re-renders or is compared again).
 */
export function claimListOptions(articleId: string) {
  return queryOptions({
    queryKey: claimKeys.list(articleId),
    queryFn: async ({ client }) => {
      const held = client.getQueryData<ClaimDto[]>(claimKeys.list(articleId));
      const etag = held ? (listEtags.get(articleId) ?? null) : null;
      const answer = await apiFetchIfChanged<{ claims: ClaimDto[] }>(`/api/v1/articles/${articleId}/claims`, etag);
      if (answer.unchanged && held) return held;
      if (answer.unchanged) throw new Error('The server answered 304 to a list this page does not hold.');
      if (answer.etag) listEtags.set(articleId, answer.etag);
      else listEtags.delete(articleId);
      return answer.body.claims;
    },
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
