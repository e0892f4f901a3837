'use client';

import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ArticleDto } from '@/lib/validations/article';
import type { AddVersionResultDto, VersionDiffDto, VersionListItemDto } from '@/lib/validations/article-version';
import type { ArticleEventDto } from '@/lib/validations/article-revision';
import { apiFetch } from './api-client';
import { claimKeys } from './claims';
import { versionKeys } from './versions';
import { reportUnlessShown, type InlineErrors, type Notify } from './notify';

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

/**
 * Adds a revised text as a new version. `onChanged` reads the page again for a new version; it is
 * the hook's, not the form's, because the form can be closed while the server compares: the
 * claims would then load for the new version over the old text (decision 005). A refusal shows
 * in the form, or in a toast if it was closed.
 */
export function useAddRevisedText(articleId: string, { onChanged, ...report }: InlineErrors & { onChanged: (versionId: string) => void }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RevisedTextBody) => apiFetch<AddVersionResultDto>(`/api/v1/articles/${articleId}/versions`, { method: 'POST', body }),
    onSuccess: (result) => {
      if (result.status !== 'changed') return;
      void queryClient.invalidateQueries({ queryKey: claimKeys.list(articleId) });
      void queryClient.invalidateQueries({ queryKey: revisionKeys.versions(articleId) });
      void queryClient.invalidateQueries({ queryKey: revisionKeys.history(articleId) });
      onChanged(result.version.id);
    },
    onError: (error) => reportUnlessShown(report, 'Revised text not added', error),
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

/** Corrects the article's details; `onSaved` reads the page again, even if the form was closed meanwhile. */
export function useUpdateArticleDetails(articleId: string, { onSaved, ...report }: InlineErrors & { onSaved: () => void }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ArticleDetailsBody) => apiFetch<ArticleDto>(`/api/v1/articles/${articleId}`, { method: 'PATCH', body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: revisionKeys.history(articleId) });
      onSaved();
    },
    onError: (error) => reportUnlessShown(report, 'Details not saved', error),
  });
}

type DeletedArticle = { articleId: string; title: string; notify: Notify; onRestored: () => void };

/**
 * Deletes an article and offers "Undo" in the toast. Both say how they ended from the hook: the
 * page that asked is left as soon as the deletion succeeds, so the Undo answers long after its
 * button has gone, and callbacks passed to mutate() would never run (decision 005).
 */
export function useDeleteArticle({ articleId, title, notify, onRestored }: DeletedArticle) {
  const restore = useMutation({
    mutationFn: () => apiFetch<ArticleDto>(`/api/v1/articles/${articleId}/restore`, { method: 'POST' }),
    onSuccess: () => {
      notify(`“${title}” restored.`);
      onRestored();
    },
    onError: (error) => notify(`Not restored: ${error.message}`, { tone: 'error' }),
  });
  return useMutation({
    mutationFn: () => apiFetch<{ id: string }>(`/api/v1/articles/${articleId}`, { method: 'DELETE' }),
    onSuccess: () =>
      notify(`“${title}” deleted. An admin can restore it for 30 days.`, {
        action: { label: 'Undo', onAction: () => restore.mutate() },
        durationMs: 15_000,
      }),
    onError: (error) => notify(`Not deleted: ${error.message}`, { tone: 'error' }),
  });
}
