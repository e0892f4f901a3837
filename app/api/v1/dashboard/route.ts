import { apiRoute, json } from '@/lib/server/api/route';
import { parseQuery } from '@/lib/server/api/parse';
import { dashboardQuerySchema } from '@/lib/validations/dashboard';
import { getDashboard } from '@/lib/server/dashboard/get-dashboard';
import { dashboardCsv } from '@/lib/core/dashboard/dashboard-tables';
import { correctionRequestOutcomes } from '@/lib/server/dashboard/correction-request-outcomes';

export const GET = apiRoute(async ({ request, actor }) => {
  const query = parseQuery(request, dashboardQuerySchema);
  const dashboard = await getDashboard(actor, query);
  if (query.format === 'json' || !query.table) return json({ ...dashboard, correctionRequests: await correctionRequestOutcomes(actor, query) });
  return new Response(dashboardCsv(dashboard, query.table), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="dashboard-${query.table}-${query.from}-to-${query.to}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
});
