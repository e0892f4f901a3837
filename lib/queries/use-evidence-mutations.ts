'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClaimDto } from '@/lib/validations/claim';
import type { AddEvidenceInput, EvidenceDto, UpdateEvidenceInput } from '@/lib/validations/evidence';
import { apiFetch } from './api-client';
import { claimKeys } from './claims';
import type { Notify } from './notify';

/** Adds, edits and removes the evidence of one claim, keeping the cached claim list in step. */
export function useEvidenceMutations(articleId: string, claimId: string, notify: Notify) {
  const queryClient = useQueryClient();
  const key = claimKeys.list(articleId);

  const setEvidence = (update: (items: EvidenceDto[]) => EvidenceDto[]) =>
    queryClient.setQueryData<ClaimDto[]>(key, (list = []) =>
      list.map((c) => (c.id === claimId ? { ...c, evidence: update(c.evidence) } : c)),
    );
  const settle = () => {
    void queryClient.invalidateQueries({ queryKey: claimKeys.history(claimId) });
  };
  const fail = (what: string) => (error: Error) => {
    notify(`${what}: ${error.message}`, { tone: 'error' });
    void queryClient.invalidateQueries({ queryKey: key });
  };

  const add = useMutation({
    mutationFn: (input: AddEvidenceInput) =>
      apiFetch<EvidenceDto>(`/api/v1/claims/${claimId}/evidence`, { method: 'POST', body: input }),
    onSuccess: (evidence) => setEvidence((items) => [...items, evidence]),
    onError: fail('Evidence not added'),
    onSettled: settle,
  });

  const update = useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateEvidenceInput }) =>
      apiFetch<EvidenceDto>(`/api/v1/evidence/${id}`, { method: 'PATCH', body: changes }),
    onSuccess: (evidence) => setEvidence((items) => items.map((e) => (e.id === evidence.id ? evidence : e))),
    onError: fail('Evidence not saved'),
    onSettled: settle,
  });

  const remove = useMutation({
    mutationFn: (evidence: EvidenceDto) => apiFetch<void>(`/api/v1/evidence/${evidence.id}`, { method: 'DELETE' }),
    onMutate: (evidence) => setEvidence((items) => items.filter((e) => e.id !== evidence.id)),
    onSuccess: (_data, evidence) =>
      notify('Evidence removed.', {
        action: {
          label: 'Undo',
          onAction: () =>
            add.mutate({
              url: evidence.url,
              title: evidence.title,
              publisher: evidence.publisher,
              passage: evidence.passage,
              stance: evidence.stance,
              accessedAt: evidence.accessedAt,
            }),
        },
      }),
    onError: fail('Evidence not removed'),
    onSettled: settle,
  });

  return { add, update, remove };
}
