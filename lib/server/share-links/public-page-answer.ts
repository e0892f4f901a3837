import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { getSharedPage } from './get-shared-page';
import { SHARED_PAGE_TTL_MS } from './shared-page-cache';
import { goneResponse } from './gone-page';
import { shareTokens } from '@/lib/server/secret-tokens';
import { clientHasPage, isPlainPageView, isRenderRequest, renderedPublicPage, withNonce } from './render-public-page';
import { CSP_HEADER } from '@/lib/server/security/content-security-policy';

// App Router pages cannot choose their status (only 200 or notFound's 404), but a revoked or
// expired link must answer 410 Gone. The proxy resolves the token first (through the same cache
// the page then reads) and answers a gone link itself with the "no longer available" page.
// It also makes the public pages cacheable and fast: a live page's HTML is answered from memory
// (render-public-page.ts), with an ETag, and shared caches keep it no longer than the server does.
// Each answer from memory carries a fresh nonce, like every other page (decision 019).
const MAX_AGE_SECONDS = Math.floor(SHARED_PAGE_TTL_MS / 1000);
export const PUBLIC_CACHE_CONTROL = `public, max-age=${MAX_AGE_SECONDS}, s-maxage=${MAX_AGE_SECONDS}`;

/** This response's nonce and policy (proxy.ts), and how to let Next render the page under them. */
export type PageSecurity = { nonce: string; policy: string; render: () => NextResponse };

export async function publicPageAnswer(request: NextRequest, security: PageSecurity): Promise<Response> {
  // The proxy's own request for a page to keep: Next renders it.
  if (isRenderRequest(request)) return security.render();
  const segments = request.nextUrl.pathname.split('/');
  const token = segments[2];
  if (!token) return security.render();
  const result = await getSharedPage(token);
  if (result.state === 'gone') return goneResponse(PUBLIC_CACHE_CONTROL, security.policy);
  // Unknown tokens fall through to the page, whose notFound() answers 404.
  if (result.state === 'unknown') return security.render();
  // Only the page itself, not its preview image, comes from memory; and only under its own prefix
  // (a verdict's token under /r/ is the page's 404, rendered by Next).
  const ownPath = segments.length === 3 && segments[1] === (result.page.kind === 'claim' ? 'v' : 'r');
  const page = ownPath && isPlainPageView(request) ? await renderedPublicPage(shareTokens.hash(token), request.nextUrl.pathname) : undefined;
  if (!page) {
    const response = security.render();
    response.headers.set('Cache-Control', PUBLIC_CACHE_CONTROL);
    return response;
  }
  const headers = new Headers(page.headers);
  headers.set('Cache-Control', PUBLIC_CACHE_CONTROL);
  headers.set('ETag', page.etag);
  // No policy on a 304: the browser keeps the page it has, whose scripts carry the nonce of the
  // policy it kept with it.
  if (clientHasPage(request, page.etag)) return new Response(null, { status: 304, headers });
  // The kept HTML with this response's own nonce, under a policy naming it.
  headers.set(CSP_HEADER, security.policy);
  return new Response(withNonce(page, security.nonce), { status: 200, headers });
}
