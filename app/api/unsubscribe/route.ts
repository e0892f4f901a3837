import { readUnsubscribeToken } from '@/lib/server/notifications/unsubscribe-token';
import { unsubscribe } from '@/lib/server/notifications/preferences';

// An email's unsubscribe link, without signing in: the signed token says whose emails and which
// (decision 033). POST only: mail programs' one-click button (RFC 8058) and the /unsubscribe
// page's form; a link scanner's GET changes nothing.
export async function POST(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const read = readUnsubscribeToken(url.searchParams.get('token') ?? '');
  if (!read) {
    return Response.json({ error: { code: 'bad_request', message: 'This unsubscribe link is not valid.' } }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  }
  const turnedOff = await unsubscribe(read.userId, read.scope);
  if (url.searchParams.get('from') === 'page') {
    return new Response(null, { status: 303, headers: { Location: `/unsubscribe?done=${read.scope}`, 'Cache-Control': 'no-store' } });
  }
  return Response.json({ turnedOff }, { headers: { 'Cache-Control': 'no-store' } });
}
