'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { shareLinkListOptions, type ShareTarget } from '@/lib/queries/share-links';

/** A paged list of live links, its pages joined; `canCreate` comes with the first page. */
export function useShareLinks(target: ShareTarget, enabled = true) {
  const query = useInfiniteQuery({ ...shareLinkListOptions(target), enabled });
  const pages = query.data?.pages ?? [];
  return {
    query,
    links: pages.flatMap((page) => page.links),
    canCreate: pages[0]?.canCreate ?? false,
    more: { hasMore: query.hasNextPage, loading: query.isFetchingNextPage, load: () => void query.fetchNextPage() },
  };
}
