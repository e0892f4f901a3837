// Liveness: the process answers HTTP. Never touches the database, so a database outage does not
// make an orchestrator restart every instance (readiness takes them out of rotation instead).
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return Response.json({ status: 'live' }, { headers: { 'Cache-Control': 'no-store' } });
}
