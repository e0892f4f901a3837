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

/** What a form shows for a failed request: the fields' own messages when the API named them, else the error's. */
export function errorMessageOf(error: Error | null): string | undefined {
  const fields = error instanceof ApiError ? error.fields : undefined;
  return fields ? Object.values(fields).flat().join(' ') : error?.message;
}

/** The API's messages per field, and a general one: the failure itself, or a pointer to the fields. */
export function errorsByField(error: Error | null): { fields: Record<string, string[]>; message?: string } {
  if (!error) return { fields: {} };
  const fields = error instanceof ApiError ? (error.fields ?? {}) : {};
  return { fields, message: Object.keys(fields).length ? 'Check the fields marked below.' : error.message };
}

type ErrorPayload = { error?: { code?: string; message?: string; fields?: FieldErrors } & Record<string, unknown> };

type ApiFetchInit = {
  method?: string;
  body?: unknown;
  signal?: AbortSignal;
  /** For a caller that retries the same mutation itself: pass the key of its first attempt. */
  idempotencyKey?: string;
};

// A gateway that timed out or failed may have let the write through: the retry carries the same
// Idempotency-Key, so the server answers the first result instead of writing twice (decision 028).
const MAYBE_COMMITTED = new Set([502, 504]);

function send(path: string, init: ApiFetchInit | undefined, idempotencyKey: string | undefined): Promise<Response> {
  const headers: Record<string, string> = {};
  if (init?.body !== undefined) headers['Content-Type'] = 'application/json';
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  return fetch(path, {
    method: init?.method ?? 'GET',
    headers,
    body: init?.body !== undefined ? JSON.stringify(init.body) : undefined,
    credentials: 'same-origin',
    signal: init?.signal,
  });
}

/** One POST is sent again once, with the same key, when its answer was lost or a gateway failed. */
async function sendOnce(path: string, init?: ApiFetchInit): Promise<Response> {
  const isPost = (init?.method ?? 'GET').toUpperCase() === 'POST';
  const key = isPost ? (init?.idempotencyKey ?? crypto.randomUUID()) : undefined;
  try {
    const response = await send(path, init, key);
    if (!isPost || !MAYBE_COMMITTED.has(response.status)) return response;
  } catch (error) {
    if (!isPost || init?.signal?.aborted) throw error;
  }
  return send(path, init, key);
}

const UNREACHABLE = 'Could not reach Factdesk. Check your connection; nothing was saved.';

export async function apiFetch<T>(path: string, init?: ApiFetchInit): Promise<T> {
  let response: Response;
  try {
    response = await sendOnce(path, init);
  } catch {
    throw new ApiError(0, 'network', UNREACHABLE);
  }
  return readAnswer<T>(response);
}

/**
 * A polled read that costs next to nothing while nothing changed. The caller keeps the ETag of
 * what it holds and sends it itself: left to the browser's HTTP cache, the 304 is answered to the
 * cache and `fetch` gets a 200 with the whole cached body, parsed and compared again on every
 * poll (the 300-claim list every 1.5 s). `unchanged` on a 304; else the body and its ETag.
 */
export async function apiFetchIfChanged<T>(path: string, etag: string | null): Promise<{ unchanged: true } | { unchanged: false; body: T; etag: string | null }> {
  let response: Response;
  try {
    response = await fetch(path, { headers: etag ? { 'If-None-Match': etag } : {}, cache: 'no-store', credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', UNREACHABLE);
  }
  if (response.status === 304) return { unchanged: true };
  const body = await readAnswer<T>(response);
  return { unchanged: false, body, etag: response.headers.get('ETag') };
}

/** The JSON of an answer, or the API's error as an ApiError. */
async function readAnswer<T>(response: Response): Promise<T> {
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
