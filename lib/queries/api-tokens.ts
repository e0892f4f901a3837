import { queryOptions } from '@tanstack/react-query';
import type { ApiTokenListDto } from '@/lib/validations/api-token';
import { apiFetch } from './api-client';

/** Whose tokens a list shows: the member's own, or the whole workspace's (admins). */
export type TokenOwner = 'me' | 'all';

export const apiTokenKeys = {
  all: ['api-tokens'] as const,
  list: (owner: TokenOwner) => [...apiTokenKeys.all, owner] as const,
};

export function apiTokenListOptions(owner: TokenOwner) {
  return queryOptions({
    queryKey: apiTokenKeys.list(owner),
    queryFn: () => apiFetch<ApiTokenListDto>(owner === 'all' ? '/api/v1/tokens?owner=all' : '/api/v1/tokens'),
  });
}
