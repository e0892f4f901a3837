import 'server-only';
import { getEnv } from '@/lib/env';
import { readWaybackAnswer, type WaybackAnswer } from '@/lib/core/archive/wayback-answer';
import { FetchRefusal } from '@/lib/server/import/fetch-failure';
import { pinnedRequest, seconds } from '@/lib/server/import/pinned-request';
import { untilAborted } from '@/lib/server/import/safe-fetch';
import { vetWebhookUrl } from '@/lib/server/webhooks/vet-webhook-url';

const TIMEOUT_MS = 60_000;
const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * Asks the Wayback Machine's Save Page Now to archive `url`: POST {FACTDESK_WAYBACK_URL}/save,
 * form `url=…`, JSON wanted. Never throws for anything the service does.
 */
export function submitToWayback(url: string): Promise<WaybackAnswer> {
  const body = new URLSearchParams({ url }).toString();
  return askWayback('/save', url, {
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body)) },
    body,
  });
}

/**
 * Asks where a queued capture stands: GET {FACTDESK_WAYBACK_URL}/save/status/{jobId} (Save Page
 * Now 2), read as the submission's answer: pending (still queued), success (its copy), or error.
 * `jobId` is one readWaybackAnswer accepted (letters, digits, `._:-`).
 */
export function waybackStatus(jobId: string, url: string): Promise<WaybackAnswer> {
  return askWayback(`/save/status/${encodeURIComponent(jobId)}`, url);
}

/**
 * One request to the configured Save Page Now, through the safe fetcher's own outbound path (the
 * address vetted and pinned, as a webhook's; redirects not followed): only that base URL is ever
 * contacted. The credentials (FACTDESK_WAYBACK_AUTH, "LOW key:secret") go in the header and
 * nowhere else: no message here contains them.
 */
async function askWayback(path: string, url: string, post?: { headers: Record<string, string>; body: string }): Promise<WaybackAnswer> {
  const { FACTDESK_WAYBACK_URL: base, FACTDESK_WAYBACK_AUTH: auth } = getEnv();
  const endpoint = new URL(path, base).toString();
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), TIMEOUT_MS);
  const headers = {
    accept: 'application/json',
    'user-agent': 'Factdesk-Archive/1.0',
    'accept-encoding': 'identity',
    ...(auth ? { authorization: auth } : {}),
    ...post?.headers,
  };
  try {
    const vetted = await untilAborted(vetWebhookUrl(endpoint), deadline.signal);
    const response = await pinnedRequest(vetted.url, vetted.target, {
      signal: deadline.signal,
      connectTimeoutMs: 10_000,
      ...(post ? { post: { headers, body: post.body } } : { headers }),
    });
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of response) {
      chunks.push(chunk as Buffer);
      total += (chunk as Buffer).length;
      if (total > MAX_ANSWER_BYTES) break;
    }
    response.destroy();
    const location = response.headers['content-location'];
    return readWaybackAnswer({
      base,
      url,
      status: response.statusCode ?? 0,
      contentLocation: Array.isArray(location) ? location[0] : location,
      body: Buffer.concat(chunks).subarray(0, MAX_ANSWER_BYTES).toString('utf8'),
    });
  } catch (error) {
    const message = deadline.signal.aborted
      ? `The Wayback Machine did not answer within ${seconds(TIMEOUT_MS)}.`
      : error instanceof FetchRefusal
        ? `The Wayback Machine’s address was refused: ${error.message}`
        : `Could not reach the Wayback Machine (${(error as NodeJS.ErrnoException).code ?? 'network error'}).`;
    return { kind: 'failed', retryable: !(error instanceof FetchRefusal) || error.code === 'timeout' || error.code === 'dns_failed', message };
  } finally {
    clearTimeout(timer);
  }
}
