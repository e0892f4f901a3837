'use client';

import { useCallback, useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ClaimDto, CreateClaimInput } from '@/lib/validations/claim';
import { apiFetch } from '@/lib/queries/api-client';
import { articleSuggestionsOptions, similarKeys } from '@/lib/queries/similar';
import { useToast } from '@/components/ui/toast';
import { useSuggestionHighlights } from './suggestion-highlights';

type Options = {
  articleId: string;
  enabled: boolean;
  readerRef: React.RefObject<HTMLElement | null>;
  /** Code points (the API's unit) → UTF-16 (the DOM's). */
  toUtf16: (codePoint: number) => number;
  /** Creates the claim through the same call as marking a selection. */
  create: (input: CreateClaimInput, onCreated: (claim: ClaimDto) => void) => void;
};

/** Suggested claims of the open article: the list, the chosen one, accept and dismiss. */
export function useArticleSuggestions({ articleId, enabled, readerRef, toUtf16, create }: Options) {
  const queryClient = useQueryClient();
  const notify = useToast().show;
  const { data } = useQuery({ ...articleSuggestionsOptions(articleId), enabled });
  const suggestions = useMemo(() => data?.suggestions ?? [], [data]);
  const [current, setCurrent] = useState<number | null>(null);
  const chosen = current !== null && current < suggestions.length ? current : null;
  const ranges = useMemo(() => suggestions.map((s) => ({ start: toUtf16(s.start), end: toUtf16(s.end) })), [suggestions, toUtf16]);
  useSuggestionHighlights(readerRef, ranges, chosen);

  const refresh = useCallback(() => {
    setCurrent(null);
    void queryClient.invalidateQueries({ queryKey: similarKeys.suggestions(articleId) });
  }, [queryClient, articleId]);
  const dismiss = useMutation({
    mutationFn: (index: number) => {
      const suggestion = suggestions[index];
      if (!suggestion || !data) return Promise.resolve();
      return apiFetch<void>(`/api/v1/articles/${articleId}/suggestions/dismissals`, {
        method: 'POST',
        body: { versionNumber: data.versionNumber, start: suggestion.start, end: suggestion.end },
      });
    },
    onSuccess: refresh,
    onError: (error) => notify(`Suggestion not dismissed: ${error.message}`, { tone: 'error' }),
  });

  const accept = useCallback(
    (index: number, onCreated: (claim: ClaimDto) => void) => {
      const suggestion = suggestions[index];
      if (!suggestion) return;
      create({ selector: { type: 'TextPositionSelector', start: suggestion.start, end: suggestion.end }, exact: suggestion.exact }, (claim) => {
        refresh();
        onCreated(claim);
      });
    },
    [suggestions, create, refresh],
  );
  const next = useCallback(() => {
    if (suggestions.length > 0) setCurrent((at) => (at === null ? 0 : (at + 1) % suggestions.length));
  }, [suggestions.length]);

  return { suggestions, current: chosen, choose: setCurrent, next, accept, dismiss: (index: number) => dismiss.mutate(index), dismissing: dismiss.isPending };
}
