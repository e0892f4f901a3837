import { NextResponse, type NextRequest } from 'next/server';
import { publicPageAnswer } from '@/lib/server/share-links/public-page-answer';

// A path segment that is not valid percent-encoding (`/api/v1/claims/%ZZ`) makes Next's router
// fail while it decodes route params, and it answers 500. Refuse such a path here, before routing.
export async function proxy(request: NextRequest): Promise<Response | undefined> {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return NextResponse.json(
      { error: { code: 'bad_request', message: 'The address is not valid: it has a malformed %-escape.' } },
      { status: 400 },
    );
  }
  if (!request.nextUrl.pathname.startsWith('/api/')) return publicPageAnswer(request);
  return undefined;
}

// /v/{token} (a verdict) and /r/{token} (an article's review) are the public share pages.
export const config = { matcher: ['/api/:path*', '/v/:path*', '/r/:path*'] };
