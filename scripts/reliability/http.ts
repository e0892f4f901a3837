// The suite's HTTP client: plain fetch as an integrator would call the API. It never throws: a
// connection that fails or times out is status 0, so the load can count it like any answer.

export type Answer<T = unknown> = { status: number; headers: Headers; body: T; text: string; ms: number };

export type Call = {
  token?: string;
  cookie?: string;
  json?: unknown;
  headers?: Record<string, string>;
  timeoutMs?: number;
};

export async function call<T = unknown>(base: string, method: string, path: string, options: Call = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.cookie) headers.cookie = options.cookie;
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  const started = performance.now();
  try {
    const response = await fetch(`${base}${path}`, {
      method,
      headers,
      body: options.json === undefined ? undefined : JSON.stringify(options.json),
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
    });
    const text = await response.text();
    const json = (response.headers.get('content-type') ?? '').includes('json') && text;
    let body: unknown = text;
    if (json) {
      try {
        body = JSON.parse(text);
      } catch {
        // A truncated answer (the instance died while sending it) stays text.
      }
    }
    return { status: response.status, headers: response.headers, body: body as T, text, ms: performance.now() - started };
  } catch {
    return { status: 0, headers: new Headers(), body: null as T, text: '', ms: performance.now() - started };
  }
}

export function expectStatus<T>(answer: Answer<T>, status: number, what: string): T {
  if (answer.status !== status) throw new Error(`${what}: expected ${status}, got ${answer.status} ${answer.text.slice(0, 300)}`);
  return answer.body;
}
