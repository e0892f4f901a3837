'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CommentDto } from '@/lib/validations/comment';
import { apiFetch } from './api-client';
import { commentKeys } from './comments';
import type { Notify } from './notify';

/** Posts a comment; it appears once the server has it (mentions are resolved there). */
export function useCreateComment(claimId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => apiFetch<CommentDto>(`/api/v1/claims/${claimId}/comments`, { method: 'POST', body: { body } }),
    onSuccess: (comment) => queryClient.setQueryData<CommentDto[]>(commentKeys.list(claimId), (list = []) => [...list, comment]),
  });
}

/** Removes a comment at once; puts it back if the server refuses. */
export function useDeleteComment(claimId: string, notify: Notify) {
  const queryClient = useQueryClient();
  const key = commentKeys.list(claimId);
  return useMutation({
    mutationFn: (comment: CommentDto) => apiFetch<void>(`/api/v1/comments/${comment.id}`, { method: 'DELETE' }),
    onMutate: (comment) => {
      const previous = queryClient.getQueryData<CommentDto[]>(key);
      queryClient.setQueryData<CommentDto[]>(key, (list = []) => list.filter((c) => c.id !== comment.id));
      return { previous };
    },
    onSuccess: () => notify('Comment deleted.'),
    onError: (error, _comment, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      notify(`Not deleted: ${error.message}`, { tone: 'error' });
    },
  });
}
