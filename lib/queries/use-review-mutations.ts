'use client';

import { useMutation } from '@tanstack/react-query';
import type { ClaimDto } from '@/lib/validations/claim';
import { useToast } from '@/components/ui/toast';
import { apiFetch, ApiError } from './api-client';
import { commentKeys } from './comments';
import { useClaimCache } from './use-claim-mutations';

/**
 * Approve and send back are decisions, not edits: they are not shown before the server agrees,
 * and a refusal (someone else's newer change, self-approval) is explained, not rolled back.
 */
function useReviewStep<T>(articleId: string, claimId: string, path: string, done: string, body: (input: T, version: number) => unknown) {
  const cache = useClaimCache(articleId);
  const toast = useToast();
  return useMutation({
    scope: { id: `claim:${claimId}` },
    mutationFn: (input: T) => {
      const version = cache.get(claimId)?.version;
      if (version === undefined) throw new ApiError(404, 'not_found', 'This claim no longer exists.');
      return apiFetch<ClaimDto>(`/api/v1/claims/${claimId}/${path}`, { method: 'POST', body: body(input, version) });
    },
    onSuccess: (claim) => {
      cache.put(claim);
      toast.show(done);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409 && error.body?.current) cache.put(error.body.current as ClaimDto);
    },
    onSettled: () => {
      void cache.invalidateHistory(claimId);
      void cache.queryClient.invalidateQueries({ queryKey: commentKeys.list(claimId) });
    },
  });
}

export function useApproveClaim(articleId: string, claimId: string) {
  return useReviewStep<void>(articleId, claimId, 'approve', 'Approved and published.', (_input, version) => ({ version }));
}

export function useSendBackClaim(articleId: string, claimId: string) {
  return useReviewStep<string>(articleId, claimId, 'send-back', 'Sent back to researching.', (comment, version) => ({ version, comment }));
}
