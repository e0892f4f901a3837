// The summary at the top of a report: how many claims, how they were rated, where they are in
// the workflow, and who reviewed them. Counted over the claims the report shows, not over the
// whole article, so the summary never mentions a claim the reader cannot find below it.

import { claimStatuses, claimStatusLabels } from '@/lib/validations/claim';
import type { ClaimStatusValue } from '@/lib/validations/claim';
import { reportClaims } from './report-model';
import type { ReviewReport } from './report-model';

export type VerdictCount = {
  /** A rating key, or null for claims without a verdict yet. */
  key: string | null;
  label: string;
  value: number | null;
  count: number;
};

export type StatusCount = { status: ClaimStatusValue; label: string; count: number };

export type Reviewer = { name: string; checked: number; approved: number };

export type ReportSummary = {
  claimCount: number;
  evidenceCount: number;
  /** Every rating of the scale in its order (zero counts included), then ratings the scale no
   * longer has, then "No verdict". */
  byVerdict: VerdictCount[];
  /** Every status in workflow order, zero counts included. */
  byStatus: StatusCount[];
  /** Everyone who checked or approved a claim shown, by name. */
  reviewers: Reviewer[];
};

export const NO_VERDICT_LABEL = 'No verdict';

export function buildReportSummary(report: ReviewReport): ReportSummary {
  const claims = reportClaims(report);

  const byVerdict: VerdictCount[] = report.ratingScale.map(({ key, label, value }) => ({ key, label, value, count: 0 }));
  const noVerdict: VerdictCount = { key: null, label: NO_VERDICT_LABEL, value: null, count: 0 };
  const byStatus = new Map<ClaimStatusValue, number>(claimStatuses.map((status) => [status, 0]));
  const reviewers = new Map<string, Reviewer>();
  const reviewer = (name: string) => {
    const found = reviewers.get(name) ?? { name, checked: 0, approved: 0 };
    reviewers.set(name, found);
    return found;
  };

  for (const claim of claims) {
    const verdict = claim.verdict;
    let entry = verdict ? byVerdict.find((v) => v.key === verdict.key) : noVerdict;
    if (!entry && verdict) {
      // A rating removed from the scale after the verdict was given: still counted, by its label.
      entry = { key: verdict.key, label: verdict.label, value: verdict.value, count: 0 };
      byVerdict.push(entry);
    }
    if (entry) entry.count++;
    byStatus.set(claim.status, (byStatus.get(claim.status) ?? 0) + 1);
    if (claim.checkedBy) reviewer(claim.checkedBy).checked++;
    if (claim.approvedBy) reviewer(claim.approvedBy).approved++;
  }

  return {
    claimCount: claims.length,
    evidenceCount: claims.reduce((sum, claim) => sum + claim.evidence.length, 0),
    byVerdict: [...byVerdict, noVerdict],
    byStatus: claimStatuses.map((status) => ({ status, label: claimStatusLabels[status], count: byStatus.get(status) ?? 0 })),
    reviewers: [...reviewers.values()].sort((a, b) => compareNames(a.name, b.name)),
  };
}

// A fixed locale: the same report must list its reviewers in the same order on every server.
const collator = new Intl.Collator('en', { sensitivity: 'base' });
function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
