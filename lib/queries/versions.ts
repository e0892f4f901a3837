'use client';

import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { CheckForChangesResultDto, ReattachClaimInput, VersionDiffDto } from '@/lib/validations/article-version';
import type { ClaimDto } from '@/lib/validations/claim';
import type { OrphanNoteListDto } from '@/lib/validations/orphan-note';
import { apiFetch } from './api-client';
import { claimKeys } from './claims';

export const versionKeys = {
  all: ['versions'] as const,
  diff: (articleId: string, to: number) => [...versionKeys.all, 'diff', articleId, to] as const,
  orphans: (articleId: string) => [...versionKeys.all, 'orphans', articleId] as const,
};

/** Why the article's orphans lost their place, with "attach here?" suggestions. */
export function orphanNotesOptions(articleId: string, enabled: boolean) {
  return queryOptions({
    queryKey: versionKeys.orphans(articleId),
    queryFn: () => apiFetch<OrphanNoteListDto>(`/api/v1/articles/${articleId}/orphans`),
    enabled,
  });
}

export function versionDiffOptions(articleId: string, to: number) {
  return queryOptions({
    queryKey: versionKeys.diff(articleId, to),
    queryFn: () => apiFetch<VersionDiffDto>(`/api/v1/articles/${articleId}/versions/${to}/diff`),
    // A version never changes once stored.
    staleTime: Infinity,
  });
}

/** Fetches the link again; a new version moves the claims, so their list is read again. */
export function useCheckForChanges(articleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<CheckForChangesResultDto>(`/api/v1/articles/${articleId}/check-for-changes`, { method: 'POST' }),
    onSuccess: (result) => {
      if (result.status === 'changed') {
        void queryClient.invalidateQueries({ queryKey: claimKeys.list(articleId) });
        void queryClient.invalidateQueries({ queryKey: versionKeys.orphans(articleId) });
      }
    },
  });
}

export function useReattachClaim(articleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ claimId, input }: { claimId: string; input: ReattachClaimInput }) =>
      apiFetch<ClaimDto>(`/api/v1/claims/${claimId}/reattach`, { method: 'POST', body: input }),
    onSettled: (_claim, _error, { claimId }) => {
      void queryClient.invalidateQueries({ queryKey: claimKeys.list(articleId) });
      void queryClient.invalidateQueries({ queryKey: versionKeys.orphans(articleId) });
      void queryClient.invalidateQueries({ queryKey: claimKeys.history(claimId) });
    },
  });
}
