import { NextResponse, type NextRequest } from 'next/server';

// A path segment that is not valid percent-encoding (`/api/v1/claims/%ZZ`) makes Next's router
// fail while it decodes route params, and it answers 500. Refuse such a path here, before routing.
export function proxy(request: NextRequest): NextResponse | undefined {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return undefined;
  } catch {
    return NextResponse.json(
      { error: { code: 'bad_request', message: 'The address is not valid: it has a malformed %-escape.' } },
      { status: 400 },
    );
  }
}

export const config = { matcher: '/api/:path*' };
