'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CorrectionRequestDto, CreateCorrectionRequestInput, UpdateCorrectionRequestInput } from '@/lib/validations/correction-request';
import { apiFetch } from './api-client';
import { correctionRequestKeys } from './correction-requests';
import { claimKeys } from './claims';
import { reportUnlessShown, type InlineErrors } from './notify';

/** The requests' lists and the claim's history (which records them) load again from the server. */
function refresh(queryClient: ReturnType<typeof useQueryClient>, claimId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: correctionRequestKeys.all }),
    queryClient.invalidateQueries({ queryKey: claimKeys.history(claimId) }),
  ]);
}

// Announced here, not by the caller: the claim's panel may have closed (or shown another claim)
// before the answer came (decision 005). A refusal shows in the form, which stays open with what
// was typed, or in a toast if the form has gone.

/** Records a request; the claim's list and the desk list load again from the server. */
export function useCreateCorrectionRequest(claimId: string, report: InlineErrors) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateCorrectionRequestInput) =>
      apiFetch<CorrectionRequestDto>(`/api/v1/claims/${claimId}/correction-requests`, { method: 'POST', body: input }),
    onSuccess: async () => {
      await refresh(queryClient, claimId);
      report.notify('Correction request recorded.');
    },
    onError: (error) => reportUnlessShown(report, 'Correction request not recorded', error),
  });
}

/** Records the response and outcome (or any other change) against the version shown. */
export function useUpdateCorrectionRequest(claimId: string, report: InlineErrors) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateCorrectionRequestInput & { id: string }) =>
      apiFetch<CorrectionRequestDto>(`/api/v1/correction-requests/${id}`, { method: 'PATCH', body: input }),
    // A stale version (409) also means the list is out of date: both cases load it again.
    onError: (error) => reportUnlessShown(report, 'Outcome not saved', error),
    onSettled: async (_request, error) => {
      await refresh(queryClient, claimId);
      if (!error) report.notify('Outcome saved.');
    },
  });
}

export function useDeleteCorrectionRequest(claimId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/v1/correction-requests/${id}`, { method: 'DELETE' }),
    onSettled: () => refresh(queryClient, claimId),
  });
}
