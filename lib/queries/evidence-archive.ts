import { queryOptions } from '@tanstack/react-query';
import type { EvidenceArchiveDto } from '@/lib/validations/evidence-archive';
import { apiFetch } from './api-client';

export const evidenceArchiveKeys = {
  all: ['evidence-archive'] as const,
  // The link and passage are part of the key: changing either asks again.
  one: (evidenceId: string, url: string, passage: string) => [...evidenceArchiveKeys.all, evidenceId, url, passage] as const,
};

/** Whether (and where) a source was archived; asked again every 2 s while its job runs. */
export function evidenceArchiveOptions(evidenceId: string, url: string, passage: string) {
  return queryOptions({
    queryKey: evidenceArchiveKeys.one(evidenceId, url, passage),
    queryFn: () => apiFetch<EvidenceArchiveDto>(`/api/v1/evidence/${evidenceId}/archive`),
    refetchInterval: (query) => (query.state.data?.state === 'pending' ? 2_000 : false),
  });
}
