'use client';

import { useMutation } from '@tanstack/react-query';
import type { ClaimDto } from '@/lib/validations/claim';
import { apiFetch, ApiError } from './api-client';
import { commentKeys } from './comments';
import { useClaimCache } from './use-claim-mutations';
import { reportUnlessShown, type InlineErrors } from './notify';

/**
 * Approve and send back are decisions, not edits: they are not shown before the server agrees,
 * and a refusal (someone else's newer change, self-approval) is explained, not rolled back. The
 * claim panel shows a refusal inline; if the panel was closed while the request ran, a toast
 * says it instead (it used to be lost).
 */
function useReviewStep<T>(
  articleId: string,
  claimId: string,
  report: InlineErrors,
  step: { path: string; done: string; failed: string; body: (input: T, version: number) => unknown },
) {
  const { path, done, failed, body } = step;
  const { notify } = report;
  const cache = useClaimCache(articleId);
  return useMutation({
    scope: { id: `claim:${claimId}` },
    mutationFn: (input: T) => {
      const version = cache.get(claimId)?.version;
      if (version === undefined) throw new ApiError(404, 'not_found', 'This claim no longer exists.');
      return apiFetch<ClaimDto>(`/api/v1/claims/${claimId}/${path}`, { method: 'POST', body: body(input, version) });
    },
    onSuccess: (claim) => {
      cache.put(claim);
      notify(done);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409 && error.body?.current) cache.put(error.body.current as ClaimDto);
      reportUnlessShown(report, failed, error);
    },
    onSettled: () => {
      void cache.invalidateHistory(claimId);
      void cache.queryClient.invalidateQueries({ queryKey: commentKeys.list(claimId) });
    },
  });
}

export function useApproveClaim(articleId: string, claimId: string, report: InlineErrors) {
  return useReviewStep<void>(articleId, claimId, report, {
    path: 'approve',
    done: 'Approved and published.',
    failed: 'Not approved',
    body: (_input, version) => ({ version }),
  });
}

export function useSendBackClaim(articleId: string, claimId: string, report: InlineErrors) {
  return useReviewStep<string>(articleId, claimId, report, {
    path: 'send-back',
    done: 'Sent back to researching.',
    failed: 'Not sent back',
    body: (comment, version) => ({ version, comment }),
  });
}
