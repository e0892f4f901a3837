'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClaimDto, CreateClaimInput, UpdateClaimInput } from '@/lib/validations/claim';
import { apiFetch, ApiError } from './api-client';
import { claimKeys } from './claims';
import type { Notify } from './notify';

export type ClaimChanges = Omit<UpdateClaimInput, 'version'>;

function sortByPosition(claims: ClaimDto[]): ClaimDto[] {
  return [...claims].sort((a, b) => a.start - b.start || b.end - a.end || a.createdAt.localeCompare(b.createdAt));
}

/** Reads and writes the cached claim list of one article. */
export function useClaimCache(articleId: string) {
  const queryClient = useQueryClient();
  const key = claimKeys.list(articleId);
  return {
    queryClient,
    get: (claimId: string) => queryClient.getQueryData<ClaimDto[]>(key)?.find((c) => c.id === claimId),
    put: (claim: ClaimDto) =>
      queryClient.setQueryData<ClaimDto[]>(key, (list = []) =>
        list.some((c) => c.id === claim.id) ? list.map((c) => (c.id === claim.id ? claim : c)) : sortByPosition([...list, claim]),
      ),
    patch: (claimId: string, fields: Partial<ClaimDto>) =>
      queryClient.setQueryData<ClaimDto[]>(key, (list = []) => list.map((c) => (c.id === claimId ? { ...c, ...fields } : c))),
    drop: (claimId: string) => queryClient.setQueryData<ClaimDto[]>(key, (list = []) => list.filter((c) => c.id !== claimId)),
    invalidate: () => queryClient.invalidateQueries({ queryKey: key }),
    invalidateHistory: (claimId: string) => queryClient.invalidateQueries({ queryKey: claimKeys.history(claimId) }),
  };
}

/**
 * Saves changes to one claim at once, shown before the server confirms. Mutations of a claim
 * share a scope, so they run one after another and each reads the version the previous one
 * produced; a 409 replaces the claim with the teammate's newer state instead of overwriting it.
 */
export function useUpdateClaim(
  articleId: string,
  claimId: string,
  optimistic: (changes: ClaimChanges) => Partial<ClaimDto>,
  notify: Notify,
) {
  const cache = useClaimCache(articleId);
  const mutationKey = ['claim-update', claimId];
  return useMutation({
    mutationKey,
    scope: { id: `claim:${claimId}` },
    mutationFn: async (changes: ClaimChanges) => {
      const version = cache.get(claimId)?.version;
      if (version === undefined) throw new ApiError(404, 'not_found', 'This claim no longer exists.');
      return apiFetch<ClaimDto>(`/api/v1/claims/${claimId}`, { method: 'PATCH', body: { ...changes, version } });
    },
    onMutate: async (changes) => {
      await cache.queryClient.cancelQueries({ queryKey: claimKeys.list(articleId) });
      const before = cache.get(claimId);
      const fields = optimistic(changes);
      cache.patch(claimId, fields);
      // Only the fields this change touched are rolled back, so a later edit survives.
      const previous = before ? Object.fromEntries(Object.keys(fields).map((k) => [k, before[k as keyof ClaimDto]])) : {};
      return { previous };
    },
    onSuccess: (claim, changes) => {
      // Later edits of this claim may still be waiting their turn, shown optimistically: take the
      // server's version and what this change set, but do not undo theirs on screen.
      if (cache.queryClient.isMutating({ mutationKey }) > 1) {
        const confirmed = Object.fromEntries(Object.keys(changes).map((k) => [k, claim[k as keyof ClaimDto]]));
        cache.patch(claimId, { ...confirmed, version: claim.version, updatedAt: claim.updatedAt });
      } else {
        cache.put(claim);
      }
    },
    onError: (error, _changes, context) => {
      if (error instanceof ApiError && error.status === 409 && error.body?.current) {
        cache.put(error.body.current as ClaimDto);
        notify('A teammate changed this claim a moment ago. Your change was not saved; the claim now shows their version.', {
          tone: 'error',
        });
        return;
      }
      if (context) cache.patch(claimId, context.previous as Partial<ClaimDto>);
      notify(error instanceof Error ? `Not saved: ${error.message}` : 'Not saved.', { tone: 'error' });
      void cache.invalidate();
    },
    onSettled: () => cache.invalidateHistory(claimId),
  });
}

export function useCreateClaim(articleId: string, notify: Notify) {
  const cache = useClaimCache(articleId);
  return useMutation({
    mutationFn: (input: CreateClaimInput) =>
      apiFetch<ClaimDto>(`/api/v1/articles/${articleId}/claims`, { method: 'POST', body: input }),
    onSuccess: (claim) => cache.put(claim),
    onError: (error) => notify(error instanceof Error ? `Could not mark the claim: ${error.message}` : 'Could not mark the claim.', { tone: 'error' }),
  });
}

/** Deletes at once and offers Undo, which restores the claim with its evidence and history. */
export function useDeleteClaim(articleId: string, notify: Notify) {
  const cache = useClaimCache(articleId);
  const restore = useMutation({
    mutationFn: (claimId: string) => apiFetch<ClaimDto>(`/api/v1/claims/${claimId}/restore`, { method: 'POST' }),
    onSuccess: (claim) => {
      cache.put(claim);
      notify('Claim restored.');
    },
    onError: (error) => notify(`Could not restore the claim: ${error.message}`, { tone: 'error' }),
  });
  return useMutation({
    mutationFn: (claim: ClaimDto) => apiFetch<void>(`/api/v1/claims/${claim.id}?version=${claim.version}`, { method: 'DELETE' }),
    onMutate: (claim) => {
      cache.drop(claim.id);
      return { claim };
    },
    onSuccess: (_data, claim) =>
      notify('Claim deleted.', { action: { label: 'Undo', onAction: () => restore.mutate(claim.id) } }),
    onError: (error, claim) => {
      cache.put(claim);
      notify(`Not deleted: ${error.message}`, { tone: 'error' });
      void cache.invalidate();
    },
  });
}
