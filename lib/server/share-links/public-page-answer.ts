import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { getSharedPage } from './get-shared-page';
import { SHARED_PAGE_TTL_MS } from './shared-page-cache';
import { goneResponse } from './gone-page';
import { shareTokens } from '@/lib/server/secret-tokens';
import { clientHasPage, isPlainPageView, isRenderRequest, renderedPublicPage } from './render-public-page';

// App Router pages cannot choose their status (only 200 or notFound's 404), but a revoked or
// expired link must answer 410 Gone. The proxy resolves the token first (through the same cache
// the page then reads) and answers a gone link itself with the "no longer available" page.
// It also makes the public pages cacheable and fast: a live page's HTML is answered from memory
// (render-public-page.ts), with an ETag, and shared caches keep it no longer than the server does.
const MAX_AGE_SECONDS = Math.floor(SHARED_PAGE_TTL_MS / 1000);
export const PUBLIC_CACHE_CONTROL = `public, max-age=${MAX_AGE_SECONDS}, s-maxage=${MAX_AGE_SECONDS}`;

export async function publicPageAnswer(request: NextRequest): Promise<Response | undefined> {
  // The proxy's own request for a page to keep: Next renders it.
  if (isRenderRequest(request)) return undefined;
  const segments = request.nextUrl.pathname.split('/');
  const token = segments[2];
  if (!token) return undefined;
  const result = await getSharedPage(token);
  if (result.state === 'gone') return goneResponse(PUBLIC_CACHE_CONTROL);
  // Unknown tokens fall through to the page, whose notFound() answers 404.
  if (result.state === 'unknown') return undefined;
  // Only the page itself, not its preview image, comes from memory; and only under its own prefix
  // (a verdict's token under /r/ is the page's 404, rendered by Next).
  const ownPath = segments.length === 3 && segments[1] === (result.page.kind === 'claim' ? 'v' : 'r');
  const page = ownPath && isPlainPageView(request) ? await renderedPublicPage(shareTokens.hash(token), request.nextUrl.pathname) : undefined;
  if (!page) {
    const response = NextResponse.next();
    response.headers.set('Cache-Control', PUBLIC_CACHE_CONTROL);
    return response;
  }
  const headers = new Headers(page.headers);
  headers.set('Cache-Control', PUBLIC_CACHE_CONTROL);
  headers.set('ETag', page.etag);
  if (clientHasPage(request, page.etag)) return new Response(null, { status: 304, headers });
  return new Response(page.body, { status: 200, headers });
}
