'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiTokenDto, ApiTokenListDto, CreatedApiTokenDto } from '@/lib/validations/api-token';
import { apiFetch } from './api-client';
import { apiTokenKeys } from './api-tokens';
import type { Notify } from './notify';

type NewToken = { name: string; scope: 'read' | 'write'; expiresAt: string | null };

/** Makes a token; the answer carries its secret, which is never shown again. */
export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewToken) => apiFetch<CreatedApiTokenDto>('/api/v1/tokens', { method: 'POST', body: input }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.all }),
  });
}

/**
 * Revokes a token; it leaves every list at once and comes back if the server refused. The hook
 * says how it ended: the row that asked is gone by then, and a second revoke started meanwhile
 * would take over the first one's call-site callbacks (decision 005).
 */
export function useRevokeApiToken(notify: Notify) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: ApiTokenDto) => apiFetch<void>(`/api/v1/tokens/${token.id}`, { method: 'DELETE' }),
    onMutate: async (token) => {
      await queryClient.cancelQueries({ queryKey: apiTokenKeys.all });
      const snapshot = queryClient.getQueriesData<ApiTokenListDto>({ queryKey: apiTokenKeys.all });
      queryClient.setQueriesData<ApiTokenListDto>({ queryKey: apiTokenKeys.all }, (list) =>
        list ? { tokens: list.tokens.filter((t) => t.id !== token.id) } : list,
      );
      return { snapshot };
    },
    onSuccess: (_data, token) => notify(`Token “${token.name}” revoked: it no longer works.`),
    onError: (error, _token, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key, data);
      notify(`Token not revoked: ${error.message}`, { tone: 'error' });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.all }),
  });
}
