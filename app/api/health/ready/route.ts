import { getAppReadiness, NOT_READY_RETRY_AFTER_SECONDS } from '@/lib/server/health/app-readiness';

// Readiness, for load balancers: 200 when this instance can serve (database reachable, schema
// migrated, job queues installed), else 503 with Retry-After. Public, and says nothing but that.
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const { ready, ...checks } = await getAppReadiness();
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (!ready) headers['Retry-After'] = String(NOT_READY_RETRY_AFTER_SECONDS);
  return Response.json({ status: ready ? 'ready' : 'not_ready', checks }, { status: ready ? 200 : 503, headers });
}
