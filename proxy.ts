import { NextResponse, type NextRequest } from 'next/server';
import { publicPageAnswer } from '@/lib/server/share-links/public-page-answer';

const MALFORMED = 'The address is not valid: it has a malformed %-escape.';

// A path segment that is not valid percent-encoding (`/api/v1/claims/%ZZ`, `/articles/%ZZ`) makes
// Next's router fail while it decodes route params, and it answers 500. Refuse such a path here,
// before routing: in JSON for the API, in words for a page.
export async function proxy(request: NextRequest): Promise<Response | undefined> {
  const { pathname } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    if (pathname.startsWith('/api/')) {
      return NextResponse.json({ error: { code: 'bad_request', message: MALFORMED } }, { status: 400 });
    }
    return new NextResponse(MALFORMED, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  if (pathname.startsWith('/v/') || pathname.startsWith('/r/')) return publicPageAnswer(request);
  return undefined;
}

// /v/{token} (a verdict) and /r/{token} (an article's review) are the public share pages. Of every
// other path, API or page, only those holding a %-escape come here: running the proxy for every
// API call cost about 1 ms of each (measured: a 401 took 3.2 ms with it, 2.0 ms without).
export const config = { matcher: ['/:rest(.*%.*)', '/v/:path*', '/r/:path*'] };
