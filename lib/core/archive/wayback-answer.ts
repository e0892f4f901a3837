/**
 * What Save Page Now answered, read without trusting it: the only link kept is one we build from
 * the configured base URL, a timestamp of digits and the link we submitted, so a hostile or
 * broken answer can never put an arbitrary URL on a public page.
 */
export type WaybackAnswer =
  | { kind: 'saved'; link: string }
  | { kind: 'queued'; jobId: string; detail: string }
  | { kind: 'failed'; retryable: boolean; message: string };

const TIMESTAMP = /^\d{4,14}$/;
// Save Page Now's job ids ("spn2-9c17e0…"): the id goes into the status URL's path, so only
// these characters are accepted (a hostile answer cannot steer the poll anywhere else).
const JOB_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

export function waybackLink(base: string, timestamp: string, url: string): string {
  return `${new URL(base).origin}/web/${timestamp}/${url}`;
}

/**
 * Reads both Save Page Now answers: the submission's (POST /save) and its status endpoint's
 * (GET /save/status/{job_id}: `status` pending, success with a timestamp, or error with a message).
 */
export function readWaybackAnswer(input: { base: string; url: string; status: number; contentLocation?: string | null; body: string }): WaybackAnswer {
  const { base, url, status } = input;
  if (status === 429 || status >= 500) {
    return { kind: 'failed', retryable: true, message: `The Wayback Machine answered HTTP ${status}.` };
  }
  if (status < 200 || status >= 300) {
    return { kind: 'failed', retryable: false, message: `The Wayback Machine refused the link (HTTP ${status}).` };
  }
  const json = parseJson(input.body);
  const timestamp = typeof json?.timestamp === 'string' && TIMESTAMP.test(json.timestamp) ? json.timestamp : fromLocation(input.contentLocation);
  if (timestamp) return { kind: 'saved', link: waybackLink(base, timestamp, url) };
  if (typeof json?.message === 'string' && json.status === 'error') {
    return { kind: 'failed', retryable: false, message: `The Wayback Machine could not save it: ${json.message.slice(0, 200)}` };
  }
  if (typeof json?.job_id === 'string' && JOB_ID.test(json.job_id)) {
    return { kind: 'queued', jobId: json.job_id, detail: `Queued by the Wayback Machine (job ${json.job_id}).` };
  }
  return { kind: 'failed', retryable: false, message: 'The Wayback Machine’s answer named no archived copy.' };
}

/** Content-Location: /web/20261204104400/https://… (the older Save Page Now answer). */
function fromLocation(location: string | null | undefined): string | null {
  const match = location ? /^(?:https?:\/\/[^/]+)?\/web\/(\d{4,14})\//.exec(location) : null;
  return match?.[1] ?? null;
}

function parseJson(body: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
