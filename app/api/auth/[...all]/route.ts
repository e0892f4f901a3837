import { getAuth } from '@/lib/server/auth/auth';
import { withClientAddress } from '@/lib/server/auth/client-address';

// better-auth answers every /api/auth/* request (sign-in, sign-up, sign-out, session), told the
// client address by our one rule.
function handle(request: Request): Promise<Response> {
  return getAuth().handler(new Request(request, { headers: withClientAddress(request.headers) }));
}

export const GET = handle;
export const POST = handle;
