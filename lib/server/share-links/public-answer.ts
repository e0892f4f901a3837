import 'server-only';
import { createHash } from 'node:crypto';
import { CSP_HEADER } from '@/lib/server/security/content-security-policy';
import { clientHasEtag } from '@/lib/server/api/conditional';

export { RETRY_AFTER_SECONDS } from '@/lib/server/db/database-trouble';

// How the public pages and their preview images answer (decision 032). They are read from
// PostgreSQL on every request, so any instance answers the latest committed state; what a cache
// may keep is decided here, for the page, its 404/410 and its image alike:
// - `no-cache`: a browser or CDN may store the answer but must ask again before each reuse, with
//   the strong ETag (a hash of the exact bytes); an unchanged page costs a 304 without a body.
//   A revocation, correction or rename therefore reaches every reader, behind any cache, at once.
// - A policy of their own, without a nonce: the pages carry no script (the JSON-LD is a data
//   block, not run), so `script-src 'none'`; the same bytes can be served to every reader.
//   proxy.ts does not run for /v/ and /r/ (decision 019 for every other page).
export const PUBLIC_CACHE_CONTROL = 'public, no-cache';
export const PUBLIC_PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'none'",
  // React's style attributes (verdict tones, highlight depth) and the inlined stylesheet.
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

type Body = string | Uint8Array<ArrayBuffer>;

export type PublicAnswer = { status: number; contentType: string; body: Body; retryAfterSeconds?: number };

/** A strong ETag: the SHA-256 of the representation's bytes (or of what it is drawn from). */
export function strongEtag(content: Body): string {
  return `"${createHash('sha256').update(content).digest('base64url').slice(0, 32)}"`;
}

/** The answer with its caching headers; 304 when the client's copy (If-None-Match) is this one. */
export function publicResponse(request: Request, answer: PublicAnswer, etag = strongEtag(answer.body)): Response {
  const headers = new Headers({ 'Cache-Control': PUBLIC_CACHE_CONTROL, ETag: etag });
  if (answer.retryAfterSeconds !== undefined) {
    // An outage is not a page to keep.
    headers.set('Cache-Control', 'no-store');
    headers.set('Retry-After', String(answer.retryAfterSeconds));
    headers.delete('ETag');
  } else {
    const unchanged = notModified(request, etag);
    if (unchanged) return unchanged;
  }
  headers.set('Content-Type', answer.contentType);
  headers.set(CSP_HEADER, PUBLIC_PAGE_POLICY);
  return new Response(answer.body, { status: answer.status, headers });
}

/** 304 when the client's copy (If-None-Match) is the one `etag` names; null otherwise. */
export function notModified(request: Request, etag: string): Response | null {
  // A CDN may have weakened the tag: If-None-Match compares weakly.
  return clientHasEtag(request, etag) ? new Response(null, { status: 304, headers: { 'Cache-Control': PUBLIC_CACHE_CONTROL, ETag: etag } }) : null;
}
