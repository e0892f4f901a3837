'use client';

import { useMutation } from '@tanstack/react-query';
import type { RestoreResult } from '@/lib/validations/backup';
import { ApiError } from './api-client';

type ErrorPayload = { error?: { code?: string; message?: string } };

/** Sends a backup file as it is (gzip, or its JSON) to the restore route. */
async function uploadBackup({ file, target }: { file: File; target: 'current' | 'new' }): Promise<RestoreResult> {
  const type = file.name.toLowerCase().endsWith('.json') ? 'application/json' : 'application/gzip';
  let response: Response;
  try {
    response = await fetch(`/api/v1/workspace/restore?target=${target}`, {
      method: 'POST',
      headers: { 'Content-Type': type },
      body: file,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', 'Could not reach Factdesk. Check your connection; nothing was restored.');
  }
  const payload = (await response.json().catch(() => ({}))) as ErrorPayload & RestoreResult;
  if (!response.ok) {
    throw new ApiError(response.status, payload.error?.code ?? 'unknown', payload.error?.message ?? `The server answered ${response.status}.`);
  }
  return payload;
}

/** Restoring changes a whole workspace at once: no optimistic state, the page shows the result. */
export function useRestoreBackup() {
  return useMutation({ mutationFn: uploadBackup });
}
