import { infiniteQueryOptions, type InfiniteData } from '@tanstack/react-query';
import type { ShareLinkListDto } from '@/lib/validations/share-link';
import { apiFetch } from './api-client';
import { pagePath } from './claims';

/** Which links a list shows: one claim's, one article's, or the whole workspace's (admins). */
export type ShareTarget = { kind: 'claim'; id: string } | { kind: 'article'; id: string } | { kind: 'workspace' };
export type ShareLinkPages = InfiniteData<ShareLinkListDto, string | null>;

export const shareLinkKeys = {
  all: ['share-links'] as const,
  list: (target: ShareTarget) => [...shareLinkKeys.all, target.kind, 'id' in target ? target.id : 'all'] as const,
};

export function shareLinksPath(target: ShareTarget): string {
  if (target.kind === 'workspace') return '/api/v1/share-links';
  return `/api/v1/${target.kind === 'claim' ? 'claims' : 'articles'}/${target.id}/share-links`;
}

/** A list of live links: the newest page first; older pages load on demand. */
export function shareLinkListOptions(target: ShareTarget) {
  return infiniteQueryOptions({
    queryKey: shareLinkKeys.list(target),
    queryFn: ({ pageParam }) => apiFetch<ShareLinkListDto>(pagePath(shareLinksPath(target), pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** The first page as the server rendered it, in the shape the infinite query keeps. */
export function firstShareLinkPage(page: ShareLinkListDto): ShareLinkPages {
  return { pages: [page], pageParams: [null] };
}
