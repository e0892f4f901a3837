import { infiniteQueryOptions, type InfiniteData } from '@tanstack/react-query';
import type { CorrectionRequestDto, DeskCorrectionRequestDto } from '@/lib/validations/correction-request';
import { apiFetch } from './api-client';

export type CorrectionRequestPage = { correctionRequests: CorrectionRequestDto[]; nextCursor: string | null };
export type CorrectionRequestPages = InfiniteData<CorrectionRequestPage, string | null>;
export type DeskCorrectionRequestPage = { correctionRequests: DeskCorrectionRequestDto[]; nextCursor: string | null };

const pagePath = (path: string, cursor: string | null) =>
  cursor ? `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}` : path;

export const correctionRequestKeys = {
  all: ['correction-requests'] as const,
  claim: (claimId: string) => [...correctionRequestKeys.all, 'claim', claimId] as const,
  desk: () => [...correctionRequestKeys.all, 'desk', 'open'] as const,
};

/** A claim's correction requests, in the order they were sent; later pages on demand. */
export function claimCorrectionRequestsOptions(claimId: string) {
  return infiniteQueryOptions({
    queryKey: correctionRequestKeys.claim(claimId),
    queryFn: ({ pageParam }) => apiFetch<CorrectionRequestPage>(pagePath(`/api/v1/claims/${claimId}/correction-requests`, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** The desk's open requests, oldest first. */
export function deskCorrectionRequestsOptions() {
  return infiniteQueryOptions({
    queryKey: correctionRequestKeys.desk(),
    queryFn: ({ pageParam }) => apiFetch<DeskCorrectionRequestPage>(pagePath('/api/v1/correction-requests?open=true', pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}
