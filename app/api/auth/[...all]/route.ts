import { getAuth } from '@/lib/server/auth/auth';

// better-auth answers every /api/auth/* request (sign-in, sign-up, sign-out, session).
export function GET(request: Request): Promise<Response> {
  return getAuth().handler(request);
}

export function POST(request: Request): Promise<Response> {
  return getAuth().handler(request);
}
