'use client';

import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ArticleDto } from '@/lib/validations/article';
import type { AddVersionResultDto, VersionDiffDto, VersionListItemDto } from '@/lib/validations/article-version';
import type { ArticleEventDto } from '@/lib/validations/article-revision';
import { apiFetch } from './api-client';
import { claimKeys } from './claims';
import { versionKeys } from './versions';

// Versions for every article, metadata corrections, deletion (decision 042). Types only from
// lib/validations: the client never loads the schemas.

export const revisionKeys = {
  versions: (articleId: string) => [...versionKeys.all, 'list', articleId] as const,
  pair: (articleId: string, from: number, to: number) => [...versionKeys.all, 'pair', articleId, from, to] as const,
  history: (articleId: string) => ['article-history', articleId] as const,
};

export function versionListOptions(articleId: string) {
  return queryOptions({
    queryKey: revisionKeys.versions(articleId),
    queryFn: () => apiFetch<{ versions: VersionListItemDto[] }>(`/api/v1/articles/${articleId}/versions`).then((r) => r.versions),
  });
}

export function versionPairDiffOptions(articleId: string, from: number, to: number) {
  return queryOptions({
    queryKey: revisionKeys.pair(articleId, from, to),
    queryFn: () => apiFetch<VersionDiffDto>(`/api/v1/articles/${articleId}/versions/diff?from=${from}&to=${to}`),
    staleTime: Infinity,
  });
}

export function articleHistoryOptions(articleId: string) {
  return queryOptions({
    queryKey: revisionKeys.history(articleId),
    queryFn: () => apiFetch<{ events: ArticleEventDto[] }>(`/api/v1/articles/${articleId}/history`).then((r) => r.events),
  });
}

export type RevisedTextBody = { text: string } | { html: string } | { markdown: string } | { url: string };

export function useAddRevisedText(articleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RevisedTextBody) => apiFetch<AddVersionResultDto>(`/api/v1/articles/${articleId}/versions`, { method: 'POST', body }),
    onSuccess: (result) => {
      if (result.status !== 'changed') return;
      void queryClient.invalidateQueries({ queryKey: claimKeys.list(articleId) });
      void queryClient.invalidateQueries({ queryKey: revisionKeys.versions(articleId) });
      void queryClient.invalidateQueries({ queryKey: revisionKeys.history(articleId) });
    },
  });
}

export type ArticleDetailsBody = {
  metadataVersion: number;
  title?: string;
  author?: string | null;
  outlet?: string | null;
  publishedAt?: string | null;
  sourceUrl?: string | null;
};

export function useUpdateArticleDetails(articleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ArticleDetailsBody) => apiFetch<ArticleDto>(`/api/v1/articles/${articleId}`, { method: 'PATCH', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: revisionKeys.history(articleId) }),
  });
}

export function useDeleteArticle(articleId: string) {
  return useMutation({ mutationFn: () => apiFetch<{ id: string }>(`/api/v1/articles/${articleId}`, { method: 'DELETE' }) });
}

export function useRestoreArticle(articleId: string) {
  return useMutation({ mutationFn: () => apiFetch<ArticleDto>(`/api/v1/articles/${articleId}/restore`, { method: 'POST' }) });
}
