'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatedShareLinkDto, ShareLinkDto } from '@/lib/validations/share-link';
import { apiFetch } from './api-client';
import { shareLinkKeys, shareLinksPath, type ShareLinkPages, type ShareTarget } from './share-links';
import type { Notify } from './notify';

/** Makes a link; the answer carries its URL, which is never shown again. */
export function useCreateShareLink(target: Exclude<ShareTarget, { kind: 'workspace' }>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { expiresAt: string | null }) => apiFetch<CreatedShareLinkDto>(shareLinksPath(target), { method: 'POST', body: input }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: shareLinkKeys.all }),
  });
}

/**
 * Revokes a link; it leaves every list at once and comes back if the server refused. The hook
 * says how it ended: the row that asked is gone by then (decision 005).
 */
export function useRevokeShareLink(notify: Notify) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (link: ShareLinkDto) => apiFetch<void>(`/api/v1/share-links/${link.id}`, { method: 'DELETE' }),
    onMutate: async (link) => {
      await queryClient.cancelQueries({ queryKey: shareLinkKeys.all });
      const snapshot = queryClient.getQueriesData<ShareLinkPages>({ queryKey: shareLinkKeys.all });
      queryClient.setQueriesData<ShareLinkPages>({ queryKey: shareLinkKeys.all }, (list) =>
        list ? { ...list, pages: list.pages.map((page) => ({ ...page, links: page.links.filter((l) => l.id !== link.id) })) } : list,
      );
      return { snapshot };
    },
    onSuccess: () => notify('Link revoked: it now answers “no longer available”.'),
    onError: (error, _link, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key, data);
      notify(`Link not revoked: ${error.message}`, { tone: 'error' });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: shareLinkKeys.all }),
  });
}
