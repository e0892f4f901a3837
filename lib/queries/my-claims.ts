import { infiniteQueryOptions } from '@tanstack/react-query';
import type { MyClaimDto, MyClaimSection, MyClaimsDto } from '@/lib/validations/my-claims';
import { apiFetch } from './api-client';

export type MyClaimPage = { claims: MyClaimDto[]; nextCursor: string | null };

/** One section of "My claims": its first page comes with the page; the next ones on demand. */
export function myClaimSectionOptions(section: MyClaimSection, first: MyClaimPage) {
  return infiniteQueryOptions({
    queryKey: ['my-claims', section] as const,
    queryFn: async ({ pageParam }): Promise<MyClaimPage> => {
      const query = new URLSearchParams({ section, ...(pageParam ? { cursor: pageParam } : {}) });
      const answer = await apiFetch<MyClaimsDto>(`/api/v1/me/claims?${query}`);
      return { claims: answer[section], nextCursor: answer.nextCursors[section] };
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    initialData: { pages: [first], pageParams: [null] },
    // The page renders the first page afresh on each visit: no cached older copy may shadow it.
    gcTime: 0,
  });
}
