'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CorrectionRequestDto, CreateCorrectionRequestInput, UpdateCorrectionRequestInput } from '@/lib/validations/correction-request';
import { apiFetch } from './api-client';
import { correctionRequestKeys } from './correction-requests';

/** Records a request; the claim's list and the desk list load again from the server. */
export function useCreateCorrectionRequest(claimId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateCorrectionRequestInput) =>
      apiFetch<CorrectionRequestDto>(`/api/v1/claims/${claimId}/correction-requests`, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: correctionRequestKeys.all }),
  });
}

/** Records the response and outcome (or any other change) against the version shown. */
export function useUpdateCorrectionRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateCorrectionRequestInput & { id: string }) =>
      apiFetch<CorrectionRequestDto>(`/api/v1/correction-requests/${id}`, { method: 'PATCH', body: input }),
    // A stale version (409) also means the list is out of date: both cases load it again.
    onSettled: () => queryClient.invalidateQueries({ queryKey: correctionRequestKeys.all }),
  });
}

export function useDeleteCorrectionRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/v1/correction-requests/${id}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: correctionRequestKeys.all }),
  });
}
