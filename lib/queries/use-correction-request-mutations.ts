'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CorrectionRequestDto, CreateCorrectionRequestInput, UpdateCorrectionRequestInput } from '@/lib/validations/correction-request';
import { apiFetch } from './api-client';
import { correctionRequestKeys } from './correction-requests';
import { claimKeys } from './claims';

/** The requests' lists and the claim's history (which records them) load again from the server. */
function refresh(queryClient: ReturnType<typeof useQueryClient>, claimId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: correctionRequestKeys.all }),
    queryClient.invalidateQueries({ queryKey: claimKeys.history(claimId) }),
  ]);
}

/** Records a request; the claim's list and the desk list load again from the server. */
export function useCreateCorrectionRequest(claimId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateCorrectionRequestInput) =>
      apiFetch<CorrectionRequestDto>(`/api/v1/claims/${claimId}/correction-requests`, { method: 'POST', body: input }),
    onSuccess: () => refresh(queryClient, claimId),
  });
}

/** Records the response and outcome (or any other change) against the version shown. */
export function useUpdateCorrectionRequest(claimId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateCorrectionRequestInput & { id: string }) =>
      apiFetch<CorrectionRequestDto>(`/api/v1/correction-requests/${id}`, { method: 'PATCH', body: input }),
    // A stale version (409) also means the list is out of date: both cases load it again.
    onSettled: () => refresh(queryClient, claimId),
  });
}

export function useDeleteCorrectionRequest(claimId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/v1/correction-requests/${id}`, { method: 'DELETE' }),
    onSettled: () => refresh(queryClient, claimId),
  });
}
