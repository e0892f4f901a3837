import { queryOptions } from '@tanstack/react-query';
import type { ShareLinkListDto } from '@/lib/validations/share-link';
import { apiFetch } from './api-client';

/** Which links a list shows: one claim's, one article's, or the whole workspace's (admins). */
export type ShareTarget = { kind: 'claim'; id: string } | { kind: 'article'; id: string } | { kind: 'workspace' };

export const shareLinkKeys = {
  all: ['share-links'] as const,
  list: (target: ShareTarget) => [...shareLinkKeys.all, target.kind, 'id' in target ? target.id : 'all'] as const,
};

export function shareLinksPath(target: ShareTarget): string {
  if (target.kind === 'workspace') return '/api/v1/share-links';
  return `/api/v1/${target.kind === 'claim' ? 'claims' : 'articles'}/${target.id}/share-links`;
}

export function shareLinkListOptions(target: ShareTarget) {
  return queryOptions({ queryKey: shareLinkKeys.list(target), queryFn: () => apiFetch<ShareLinkListDto>(shareLinksPath(target)) });
}
