// The dashboard's figures as tables: the accessible alternative beside each chart and the CSV
// download read the same rows, so what a screen reader hears and what a spreadsheet gets agree.

import { claimStatusLabels, type ClaimStatusValue } from '@/lib/validations/claim';
import type { DashboardDto, DashboardTable } from '@/lib/validations/dashboard';
import { csvField } from '@/lib/core/exports/csv';

export type Cell = string | number | null;
export type DashboardTableData = { title: string; headers: string[]; rows: Cell[][] };

/** Seconds as hours with one decimal, or null when nothing was measured. */
export function hours(seconds: number | null): number | null {
  return seconds === null ? null : Math.round(seconds / 360) / 10;
}

export function dashboardTable(dashboard: DashboardDto, table: DashboardTable): DashboardTableData {
  switch (table) {
    case 'weekly':
      return {
        title: 'Claims per week',
        headers: ['Week (Monday)', 'Marked', 'Proposed', 'Published', 'Corrected'],
        rows: dashboard.weekly.map((w) => [w.week, w.marked, w.proposed, w.published, w.corrected]),
      };
    case 'durations': {
      const { markedToPublished: p, reviewTurnaround: r } = dashboard.durations;
      return {
        title: 'Time taken (hours)',
        headers: ['Measure', 'Count', 'Median (hours)', '90th percentile (hours)'],
        rows: [
          ['Marked to published', p.count, hours(p.median), hours(p.p90)],
          ['Review turnaround', r.count, hours(r.median), hours(r.p90)],
        ],
      };
    }
    case 'backlog-status':
      return {
        title: 'Open claims by status',
        headers: ['Status', 'Claims'],
        rows: dashboard.backlog.byStatus.map((s) => [claimStatusLabels[s.status as ClaimStatusValue] ?? s.status, s.count]),
      };
    case 'backlog-assignee':
      return { title: 'Open claims by assignee', headers: ['Assignee', 'Claims'], rows: dashboard.backlog.byAssignee.map((a) => [a.name, a.count]) };
    case 'backlog-age':
      return { title: 'Open claims by age', headers: ['Marked', 'Claims'], rows: dashboard.backlog.byAge.map((a) => [a.bucket, a.count]) };
    case 'verdicts':
      return { title: 'Verdicts published', headers: ['Verdict', 'Claims'], rows: dashboard.verdicts.map((v) => [v.label, v.count]) };
    case 'corrections':
      return {
        title: 'Corrections',
        headers: ['Date', 'Claim', 'Fields', 'Reason', 'By'],
        rows: dashboard.corrections.items.map((c) => [c.at.slice(0, 10), c.statement, c.fields.join(', '), c.reason, c.by]),
      };
  }
}

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** RFC 4180 with a BOM, formula-safe cells: the review report's CSV rules (lib/core/exports/csv). */
export function dashboardCsv(dashboard: DashboardDto, table: DashboardTable): string {
  const data = dashboardTable(dashboard, table);
  return BOM + [data.headers, ...data.rows].map((row) => row.map(csvField).join(',')).join(CRLF) + CRLF;
}
