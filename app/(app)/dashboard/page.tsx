import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { getDashboard } from '@/lib/server/dashboard/get-dashboard';
import { can } from '@/lib/core/permissions/permissions';
import { dashboardQuerySchema } from '@/lib/validations/dashboard';
import { DashboardFilterForm } from '@/components/dashboard/dashboard-filter-form';
import { DeskDashboard } from '@/components/dashboard/desk-dashboard';
import { CorrectionRequestOutcomes } from '@/components/correction-requests/correction-request-outcomes';
import { correctionRequestOutcomes } from '@/lib/server/dashboard/correction-request-outcomes';

export const metadata: Metadata = { title: 'Desk dashboard' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  const actor = await requirePageActor();
  if (!can(actor.role, 'dashboard.read')) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="text-2xl font-semibold tracking-tight">Desk dashboard</h1>
        <p className="mt-2 text-stone-700">The dashboard is for editors and admins.</p>
      </div>
    );
  }
  // The form sends empty fields for "all": they mean no filter, as an absent one does.
  const given = Object.fromEntries(
    Object.entries(await searchParams).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''),
  );
  const parsed = dashboardQuerySchema.safeParse({ from: given.from, to: given.to, outlet: given.outlet, member: given.member });
  const filters = parsed.success ? parsed.data : dashboardQuerySchema.parse({});
  const [dashboard, correctionFigures] = await Promise.all([getDashboard(actor, filters), correctionRequestOutcomes(actor, filters)]);
  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-semibold tracking-tight">Desk dashboard</h1>
      <DashboardFilterForm
        filters={dashboard.filters}
        options={dashboard.options}
        errors={parsed.success ? undefined : parsed.error.issues.map((issue) => `${issue.message}.`)}
      />
      <DeskDashboard dashboard={dashboard} />
      <CorrectionRequestOutcomes figures={correctionFigures} />
    </div>
  );
}
