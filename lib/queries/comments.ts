import { infiniteQueryOptions, type InfiniteData } from '@tanstack/react-query';
import type { CommentDto } from '@/lib/validations/comment';
import { apiFetch } from './api-client';
import { pagePath } from './claims';

export type CommentPage = { comments: CommentDto[]; nextCursor: string | null };
export type CommentPages = InfiniteData<CommentPage, string | null>;

export const commentKeys = {
  all: ['comments'] as const,
  list: (claimId: string) => [...commentKeys.all, 'list', claimId] as const,
};

/** A claim's comments: the newest page first; older pages load on demand. */
export function commentListOptions(claimId: string) {
  return infiniteQueryOptions({
    queryKey: commentKeys.list(claimId),
    queryFn: ({ pageParam }) => apiFetch<CommentPage>(pagePath(`/api/v1/claims/${claimId}/comments`, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}
