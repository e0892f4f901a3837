import { queryOptions } from '@tanstack/react-query';
import type { CommentDto } from '@/lib/validations/comment';
import { apiFetch } from './api-client';

export const commentKeys = {
  all: ['comments'] as const,
  list: (claimId: string) => [...commentKeys.all, 'list', claimId] as const,
};

export function commentListOptions(claimId: string) {
  return queryOptions({
    queryKey: commentKeys.list(claimId),
    queryFn: async () => (await apiFetch<{ comments: CommentDto[] }>(`/api/v1/claims/${claimId}/comments`)).comments,
  });
}
