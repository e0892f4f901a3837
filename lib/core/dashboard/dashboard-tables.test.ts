import { describe, expect, test } from 'vitest';
import type { DashboardDto } from '@/lib/validations/dashboard';
import { parseCsv } from '@/lib/core/exports/testing/parse-csv';
import { dashboardCsv, dashboardTable, hours } from './dashboard-tables';

const dashboard: DashboardDto = {
  filters: { from: '2026-03-02', to: '2026-03-15', outlet: null, member: null },
  weekly: [
    { week: '2026-03-02', marked: 2, proposed: 2, published: 2, corrected: 0 },
    { week: '2026-03-09', marked: 1, proposed: 0, published: 0, corrected: 1 },
  ],
  durations: {
    markedToPublished: { count: 2, median: 95_400, p90: 96_840 },
    reviewTurnaround: { count: 0, median: null, p90: null },
  },
  backlog: {
    byStatus: [{ status: 'to_check', count: 3 }, { status: 'needs_review', count: 1 }],
    byAssignee: [{ assigneeId: null, name: 'Unassigned', count: 4 }],
    byAge: [{ bucket: 'Under a day', count: 4 }],
  },
  verdicts: [{ key: 'false', label: 'False', count: 2 }],
  corrections: {
    count: 1,
    items: [{ claimId: 'c2', statement: '=HYPERLINK("x")', at: '2026-03-10T10:00:00.000Z', by: 'Ed', fields: ['explanation', 'verdict'], reason: 'New figures, "revised"' }],
  },
  options: { outlets: [], members: [] },
};

describe('the dashboard as tables', () => {
  test('durations are hours with one decimal, and missing figures stay empty', () => {
    expect(hours(95_400)).toBe(26.5);
    expect(hours(null)).toBeNull();
    expect(dashboardTable(dashboard, 'durations').rows).toEqual([
      ['Marked to published', 2, 26.5, 26.9],
      ['Review turnaround', 0, null, null],
    ]);
  });

  test('statuses read as the app names them', () => {
    expect(dashboardTable(dashboard, 'backlog-status').rows).toEqual([
      ['To check', 3],
      ['Needs review', 1],
    ]);
  });

  test('CSV has a BOM, CRLF records, quoted fields and no live formulas', () => {
    const csv = dashboardCsv(dashboard, 'corrections');
    expect(csv.startsWith('\uFEFFDate,Claim,Fields,Reason,By\r\n')).toBe(true);
    expect(parseCsv(csv.slice(1))[1]).toEqual(['2026-03-10', `'=HYPERLINK("x")`, 'explanation, verdict', 'New figures, "revised"', 'Ed']);
    expect(dashboardCsv(dashboard, 'weekly')).toBe('\uFEFFWeek (Monday),Marked,Proposed,Published,Corrected\r\n2026-03-02,2,2,2,0\r\n2026-03-09,1,0,0,1\r\n');
  });
});
