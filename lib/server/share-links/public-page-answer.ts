import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { getSharedPage } from './get-shared-page';
import { SHARED_PAGE_TTL_MS } from './shared-page-cache';
import { goneResponse } from './gone-page';

// App Router pages cannot choose their status (only 200 or notFound's 404), but a revoked or
// expired link must answer 410 Gone. The proxy resolves the token first (through the same cache
// the page then reads) and answers a gone link itself with the "no longer available" page.
// It also makes the public pages cacheable: Next marks dynamic pages no-store, and the proxy's
// header is kept. Shared caches keep a page no longer than the server's own cache does.
const MAX_AGE_SECONDS = Math.floor(SHARED_PAGE_TTL_MS / 1000);
export const PUBLIC_CACHE_CONTROL = `public, max-age=${MAX_AGE_SECONDS}, s-maxage=${MAX_AGE_SECONDS}`;

export async function publicPageAnswer(request: NextRequest): Promise<Response | undefined> {
  const token = request.nextUrl.pathname.split('/')[2];
  if (!token) return undefined;
  const result = await getSharedPage(token);
  if (result.state === 'gone') return goneResponse(PUBLIC_CACHE_CONTROL);
  // Unknown tokens fall through to the page, whose notFound() answers 404.
  if (result.state === 'unknown') return undefined;
  const response = NextResponse.next();
  response.headers.set('Cache-Control', PUBLIC_CACHE_CONTROL);
  return response;
}
