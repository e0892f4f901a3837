import type { DashboardDto, DashboardTable } from '@/lib/validations/dashboard';
import { dashboardTable } from '@/lib/core/dashboard/dashboard-tables';
import { formatDate } from '@/lib/format';
import { BarChart } from './bar-chart';
import { ChartFigure } from './chart-figure';
import { WeeklyChart } from './weekly-chart';

/** A duration as people say it: minutes, hours or days. */
function spoken(seconds: number | null): string {
  if (seconds === null) return 'no data';
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 48 * 3600) return `${(seconds / 3600).toFixed(1)} hours`;
  return `${(seconds / 86400).toFixed(1)} days`;
}

type Props = { dashboard: DashboardDto };

/** Every chart of the dashboard, server-rendered SVG: no chart library reaches the browser. */
export function DeskDashboard({ dashboard }: Props) {
  const { filters } = dashboard;
  const csv = (table: DashboardTable) => {
    const query = new URLSearchParams({ format: 'csv', table, from: filters.from, to: filters.to });
    if (filters.outlet) query.set('outlet', filters.outlet);
    if (filters.member) query.set('member', filters.member);
    return `/api/v1/dashboard?${query}`;
  };
  const weekly = dashboard.weekly;
  const totals = (key: 'marked' | 'proposed' | 'published' | 'corrected') => weekly.reduce((sum, w) => sum + w[key], 0);
  const { markedToPublished, reviewTurnaround } = dashboard.durations;
  const summaryOf = (rows: { label: string; value: number }[]) => rows.map((r) => `${r.label}: ${r.value}`).join(', ');
  const byStatus = dashboardTable(dashboard, 'backlog-status').rows.map(([label, value]) => ({ label: String(label), value: Number(value) }));
  const byAssignee = dashboard.backlog.byAssignee.map((a) => ({ label: a.name, value: a.count }));
  const byAge = dashboard.backlog.byAge.map((a) => ({ label: a.bucket, value: a.count }));
  const verdicts = dashboard.verdicts.map((v) => ({ label: v.label, value: v.count }));

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="lg:col-span-2">
        <ChartFigure
          id="chart-weekly"
          table={dashboardTable(dashboard, 'weekly')}
          csvHref={csv('weekly')}
          description={`${formatDate(filters.from)} to ${formatDate(filters.to)}: ${totals('marked')} marked, ${totals('proposed')} proposed, ${totals('published')} published, ${totals('corrected')} corrected.`}
        >
          <WeeklyChart
            weeks={weekly}
            summary={`Line chart of claims per week: ${totals('marked')} marked, ${totals('proposed')} proposed, ${totals('published')} published and ${totals('corrected')} corrected in all.`}
          />
        </ChartFigure>
      </div>
      <ChartFigure id="chart-durations" table={dashboardTable(dashboard, 'durations')} csvHref={csv('durations')}>
        <dl className="grid grid-cols-2 gap-4">
          {[
            { title: 'Marked to published', figure: markedToPublished, what: 'publications' },
            { title: 'Review turnaround', figure: reviewTurnaround, what: 'reviews' },
          ].map(({ title, figure, what }) => (
            <div key={title} className="rounded-md bg-stone-50 p-3">
              <dt className="text-sm font-medium text-stone-800">{title}</dt>
              <dd className="mt-1 text-2xl font-semibold tabular-nums">{spoken(figure.median)}</dd>
              <dd className="text-sm text-stone-700">median; 90% within {spoken(figure.p90)}</dd>
              <dd className="text-xs text-stone-700">
                {figure.count} {what}
              </dd>
            </div>
          ))}
        </dl>
      </ChartFigure>
      <ChartFigure id="chart-verdicts" table={dashboardTable(dashboard, 'verdicts')} csvHref={csv('verdicts')} description="Claims published in the range, by their verdict now.">
        <BarChart bars={verdicts} summary={`Bar chart of verdicts published: ${summaryOf(verdicts)}`} color="#15803d" />
      </ChartFigure>
      <ChartFigure id="chart-backlog-status" table={dashboardTable(dashboard, 'backlog-status')} csvHref={csv('backlog-status')} description="Open claims now, whatever the dates.">
        <BarChart bars={byStatus} summary={`Bar chart of open claims by status: ${summaryOf(byStatus)}`} />
      </ChartFigure>
      <ChartFigure id="chart-backlog-age" table={dashboardTable(dashboard, 'backlog-age')} csvHref={csv('backlog-age')} description="Open claims by time since they were marked.">
        <BarChart bars={byAge} summary={`Bar chart of open claims by age: ${summaryOf(byAge)}`} color="#b45309" />
      </ChartFigure>
      <ChartFigure id="chart-backlog-assignee" table={dashboardTable(dashboard, 'backlog-assignee')} csvHref={csv('backlog-assignee')} description="Open claims by who they are assigned to.">
        <BarChart bars={byAssignee} summary={`Bar chart of open claims by assignee: ${summaryOf(byAssignee)}`} color="#6d28d9" />
      </ChartFigure>
      <ChartFigure
        id="chart-corrections"
        table={dashboardTable(dashboard, 'corrections')}
        csvHref={csv('corrections')}
        description={`${dashboard.corrections.count} corrections in the range${dashboard.corrections.count > dashboard.corrections.items.length ? `; the newest ${dashboard.corrections.items.length} are listed` : ''}.`}
      >
        {dashboard.corrections.items.length === 0 ? (
          <p className="text-sm text-stone-600">No corrections in the range.</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {dashboard.corrections.items.slice(0, 5).map((c) => (
              <li key={`${c.claimId}-${c.at}`} className="border-l-4 border-red-700 pl-3">
                <p className="font-medium text-stone-900">{c.statement}</p>
                <p className="text-stone-700">
                  {formatDate(c.at)} · {c.by} · {c.fields.join(', ')}: “{c.reason}”
                </p>
              </li>
            ))}
          </ul>
        )}
      </ChartFigure>
    </div>
  );
}
