import 'server-only';
import { FetchRefusal } from '@/lib/server/import/fetch-failure';
import { pinnedRequest, seconds } from '@/lib/server/import/pinned-request';
import { untilAborted } from '@/lib/server/import/safe-fetch';
import { EXCERPT_BYTES, responseExcerpt } from '@/lib/core/webhooks/response-excerpt';
import type { WebhookHeaders } from '@/lib/core/webhooks/signature';
import { vetWebhookUrl } from './vet-webhook-url';

export type PostOutcome = { status: number | null; durationMs: number; responseExcerpt: string | null; error: string | null };

/**
 * One delivery attempt: the address vetted again and the connection pinned to it (the import
 * fetcher's own pieces), the JSON POSTed, redirects NOT followed (a 3xx is an answer like any
 * other non-2xx), at most `timeoutMs` for everything, and only the first 1 KB of the answer read.
 * Never throws for anything the endpoint does.
 */
export async function postWebhook(link: string, headers: WebhookHeaders, body: string, timeoutMs: number): Promise<PostOutcome> {
  const started = performance.now();
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const { url, target } = await untilAborted(vetWebhookUrl(link), deadline.signal);
    const response = await pinnedRequest(url, target, {
      signal: deadline.signal,
      connectTimeoutMs: Math.min(5_000, timeoutMs),
      post: {
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'Factdesk-Webhooks/1.0',
          'accept-encoding': 'identity',
        },
        body,
      },
    });
    const status = response.statusCode ?? 0;
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of response) {
      chunks.push(chunk as Buffer);
      total += (chunk as Buffer).length;
      // Enough for the excerpt: the rest of a large answer is never downloaded.
      if (total > EXCERPT_BYTES) break;
    }
    response.destroy();
    const location = status >= 300 && status < 400 ? response.headers.location : undefined;
    return {
      status,
      durationMs: elapsed(),
      responseExcerpt: responseExcerpt(Buffer.concat(chunks)),
      error: location === undefined ? null : `The endpoint redirected (to ${location.slice(0, 200)}); redirects are not followed.`,
    };
  } catch (error) {
    const message = deadline.signal.aborted
      ? `No answer within ${seconds(timeoutMs)}.`
      : error instanceof FetchRefusal
        ? error.message
        : `The connection failed (${(error as NodeJS.ErrnoException).code ?? 'network error'}).`;
    return { status: null, durationMs: elapsed(), responseExcerpt: null, error: message };
  } finally {
    clearTimeout(timer);
  }
}
