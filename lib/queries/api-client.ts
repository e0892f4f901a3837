import type { FieldErrors } from '@/lib/errors';

/** An error answered by our API, with its status, code and (for 409) the current state. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldErrors,
    readonly body?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type ErrorPayload = { error?: { code?: string; message?: string; fields?: FieldErrors } & Record<string, unknown> };

export async function apiFetch<T>(path: string, init?: { method?: string; body?: unknown; signal?: AbortSignal }): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init?.method ?? 'GET',
      headers: init?.body !== undefined ? { 'Content-Type': 'application/json' } : undefined,
      body: init?.body !== undefined ? JSON.stringify(init.body) : undefined,
      credentials: 'same-origin',
      signal: init?.signal,
    });
  } catch {
    throw new ApiError(0, 'network', 'Could not reach Factdesk. Check your connection; nothing was saved.');
  }
  if (response.status === 204) return undefined as T;
  const payload = (await response.json().catch(() => ({}))) as ErrorPayload & T;
  if (!response.ok) {
    const error = payload.error ?? {};
    throw new ApiError(
      response.status,
      error.code ?? 'unknown',
      error.message ?? `The server answered ${response.status}.`,
      error.fields,
      error,
    );
  }
  return payload;
}
