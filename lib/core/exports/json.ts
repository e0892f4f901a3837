// The review report as JSON: everything the other formats show, for machines. Every object is
// rebuilt field by field in a fixed order instead of spreading the input, so the output's key
// order (and so its bytes, diffs and hashes) does not depend on how the data layer assembled the
// report, and a field added to the data layer never leaks into the export unannounced.

import { reportClaims } from './report-model';
import type { ReportClaim, ReportEvidence, ReviewReport } from './report-model';
import { buildReportSummary } from './report-summary';
import { toPublicCorrectionRequest } from '@/lib/core/correction-requests/public-view';
import type { ReviewReportJson } from './report-json-schema';

export { reviewReportJsonSchema } from './report-json-schema';
export type { ReviewReportJson } from './report-json-schema';

export const REVIEW_REPORT_FORMAT = 'factdesk.review-report';

export function buildReportJson(report: ReviewReport): ReviewReportJson {
  const { article: a, workspace, options } = report;
  const summary = buildReportSummary(report);
  return {
    format: REVIEW_REPORT_FORMAT,
    version: 1,
    generatedAt: report.generatedAt,
    options: { onlyPublished: options.onlyPublished, includeInternal: options.includeInternal },
    workspace: { name: workspace.name, organizationUrl: workspace.organizationUrl },
    article: {
      id: a.id,
      title: a.title,
      sourceUrl: a.sourceUrl,
      canonicalUrl: a.canonicalUrl,
      author: a.author,
      outlet: a.outlet,
      publishedAt: a.publishedAt,
      language: a.language,
      direction: a.direction,
      versionNumber: a.versionNumber,
      importedAt: a.importedAt,
      contentHash: a.contentHash,
      text: a.text,
    },
    ratingScale: report.ratingScale.map((r) => ({ key: r.key, label: r.label, description: r.description, value: r.value })),
    summary: {
      claimCount: summary.claimCount,
      evidenceCount: summary.evidenceCount,
      byVerdict: summary.byVerdict.map((v) => ({ key: v.key, label: v.label, value: v.value, count: v.count })),
      byStatus: summary.byStatus.map((s) => ({ status: s.status, label: s.label, count: s.count })),
      reviewers: summary.reviewers.map((r) => ({ name: r.name, checked: r.checked, approved: r.approved })),
    },
    claims: reportClaims(report).map(claimJson),
  };
}

/** The report as a JSON document (two-space indented, newline at the end). */
export function renderJson(report: ReviewReport): string {
  return `${JSON.stringify(buildReportJson(report), null, 2)}\n`;
}

function claimJson(c: ReportClaim): ReviewReportJson['claims'][number] {
  return {
    id: c.id,
    start: c.start,
    end: c.end,
    exact: c.exact,
    prefix: c.prefix,
    suffix: c.suffix,
    anchorState: c.anchorState,
    statement: c.statement,
    claimant: c.claimant,
    status: c.status,
    verdict: c.verdict && { key: c.verdict.key, label: c.verdict.label, value: c.verdict.value },
    explanation: c.explanation,
    evidence: c.evidence.map(evidenceJson),
    createdBy: c.createdBy,
    checkedBy: c.checkedBy,
    approvedBy: c.approvedBy,
    approvedAt: c.approvedAt,
    publishedAt: c.publishedAt,
    correctedAt: c.correctedAt,
    publicUrl: c.publicUrl,
    publicLink: c.publicLink && { sharedAt: c.publicLink.sharedAt, expiresAt: c.publicLink.expiresAt },
    corrections: c.corrections.map((k) => ({ at: k.at, by: k.by, field: k.field, from: k.from, to: k.to, reason: k.reason })),
    correctionRequests: c.correctionRequests.map((r) => toPublicCorrectionRequest(r)),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

function evidenceJson(e: ReportEvidence): ReviewReportJson['claims'][number]['evidence'][number] {
  return {
    id: e.id,
    url: e.url,
    title: e.title,
    publisher: e.publisher,
    passage: e.passage,
    stance: e.stance,
    accessedAt: e.accessedAt,
    // Absent when the source has no archived copy (an export made before archiving existed reads the same).
    ...(e.archive ? { archive: e.archive } : {}),
    // Absent, not null, when left out: selectReportClaims has already removed it then.
    ...(e.internalNote !== undefined ? { internalNote: e.internalNote } : {}),
  };
}
