import 'server-only';
import { createHash } from 'node:crypto';

// Polled reads (live updates) answer 304 when nothing changed: the browser's HTTP cache sends
// If-None-Match by itself for a response marked `no-cache` with an ETag, so each poll costs one
// small query and no body. `private`: the answer depends on who asks and must not be shared.
const REVALIDATE = 'private, no-cache';

export function weakEtag(stamp: string): string {
  return `W/"${createHash('sha256').update(stamp).digest('base64url').slice(0, 27)}"`;
}

/** Whether If-None-Match names this ETag (weak comparison, as RFC 9110 asks), or is `*`. */
export function clientHasEtag(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match');
  if (!header) return false;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare || tag.trim() === '*');
}

/** 304 if the client already has this version, else the JSON built by `body()`, with its ETag. */
export async function conditionalJson(request: Request, stamp: string, body: () => Promise<unknown>): Promise<Response> {
  const etag = weakEtag(stamp);
  const headers = { ETag: etag, 'Cache-Control': REVALIDATE };
  if (clientHasEtag(request, etag)) return new Response(null, { status: 304, headers });
  return Response.json(await body(), { headers });
}
