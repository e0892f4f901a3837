'use client';

import { useMutation } from '@tanstack/react-query';
import type { SavedViewDto } from '@/lib/validations/claims-view';
import { apiFetch } from './api-client';

// The saved views are rendered by the server with the page: after a change the caller refreshes
// the route (router.refresh), so there is no client copy of the list to keep in step.

export function useCreateSavedView() {
  return useMutation({
    mutationFn: (input: { name: string; query: string }) => apiFetch<SavedViewDto>('/api/v1/saved-views', { method: 'POST', body: input }),
  });
}

export function useDeleteSavedView() {
  return useMutation({
    mutationFn: (view: SavedViewDto) => apiFetch<void>(`/api/v1/saved-views/${view.id}`, { method: 'DELETE' }),
  });
}
