import { apiRoute } from '@/lib/server/api/route';
import { parseClaimsViewQuery } from '@/lib/server/api/parse';
import { streamClaimsCsv } from '@/lib/server/claims/export-workspace-claims';

/** The claims view's filtered set as CSV, every page of it, streamed as it is read. */
export const GET = apiRoute(async ({ request, actor }) => {
  const { cursor: _cursor, limit: _limit, ...filters } = parseClaimsViewQuery(request);
  return new Response(await streamClaimsCsv(actor, filters), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="claims.csv"',
      'Cache-Control': 'no-store',
    },
  });
});
