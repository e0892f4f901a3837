import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, createNonce, CSP_HEADER } from '@/lib/server/security/content-security-policy';
import { databaseIsReachable } from '@/lib/server/health/database-reachable';
import { outagePageResponse } from '@/lib/server/health/outage-page';

const MALFORMED = 'The address is not valid: it has a malformed %-escape.';

export async function proxy(request: NextRequest): Promise<Response | undefined> {
  const { pathname } = request.nextUrl;
  // A path segment that is not valid percent-encoding (`/api/v1/claims/%ZZ`, `/articles/%ZZ`)
  // makes Next's router fail while it decodes route params, and it answers 500. Refuse such a
  // path here, before routing: in JSON for the API, in words for a page.
  try {
    decodeURIComponent(pathname);
  } catch {
    if (pathname.startsWith('/api/')) {
      return NextResponse.json({ error: { code: 'bad_request', message: MALFORMED } }, { status: 400 });
    }
    return new NextResponse(MALFORMED, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  // The API answers JSON (and its one HTML download sets a sandbox policy of its own). The public
  // share pages carry no script and set a nonce-free policy of their own, so that one answer can
  // serve every reader from a cache (decision 032).
  if (pathname.startsWith('/api/') || isPublicSharePath(pathname)) return undefined;

  // A page opened while the database is out of reach answers 503 with Retry-After, before Next
  // starts streaming a 200 (decision 023). One `SELECT 1` on the app's pool per document, not
  // per navigation inside the app (those fetch RSC payloads and show the error boundary).
  if (isDocumentRequest(request) && !(await databaseIsReachable())) return outagePageResponse();

  // Every page gets the Content-Security-Policy with a nonce of its own (decision 019). Next
  // reads the nonce from the request's policy header and puts it on the scripts it renders.
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set(CSP_HEADER, policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(CSP_HEADER, policy);
  return response;
}

function isDocumentRequest(request: NextRequest): boolean {
  if (request.method !== 'GET' || request.headers.has('rsc')) return false;
  const destination = request.headers.get('sec-fetch-dest');
  return destination ? destination === 'document' : (request.headers.get('accept') ?? '').includes('text/html');
}

function isPublicSharePath(pathname: string): boolean {
  return pathname.startsWith('/v/') || pathname.startsWith('/r/') || pathname.startsWith('/p/');
}

// Every page, and API paths holding a %-escape (for the check above). Not the API otherwise:
// running the proxy for every API call cost about 1 ms of each (measured: a 401 took 3.2 ms with
// it, 2.0 ms without). Not Next's static files and the files of public/, which carry no script.
// Not prefetches either: they fetch a page's RSC payload, not a document the policy applies to.
// Not the public share pages (/v/, /r/) nor a workspace's public pages (/p/, decision 040): their
// routes answer everything themselves (decision 032).
export const config = {
  matcher: [
    '/:rest(.*%.*)',
    {
      source: '/((?!api/|v/|r/|p/|_next/static/|_next/image|favicon.ico|icon.svg|apple-touch-icon.png|robots.txt|manifest.webmanifest).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
