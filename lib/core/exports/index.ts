// Review reports and their standard exports, as pure functions of one ReviewReport (no React,
// Prisma or Node APIs). The data layer builds the report; routes pick a format. The PDF is
// rendered elsewhere, from the report page in a browser.

export { DEFAULT_REPORT_OPTIONS, compareDocumentOrder, reportClaims, selectReportClaims } from './report-model';
export type {
  ReportArticle,
  ReportClaim,
  ReportCorrection,
  ReportCorrectionRequest,
  ReportPublicLink,
  ReportEvidence,
  ReportOptions,
  ReportWorkspace,
  ReviewReport,
} from './report-model';

export { NO_VERDICT_LABEL, buildReportSummary } from './report-summary';
export type { ReportSummary, Reviewer, StatusCount, VerdictCount } from './report-summary';

export { quoteContext } from './quote-context';
export type { QuoteContext } from './quote-context';

export { articlePermalink, claimPermalink } from './permalinks';

export { REPORT_CONTEXT_CHARS } from './markdown-claim';
export { renderMarkdown } from './markdown';
export { CSV_COLUMNS, renderCsv } from './csv';
export { REVIEW_REPORT_FORMAT, buildReportJson, renderJson, reviewReportJsonSchema } from './json';
export type { ReviewReportJson } from './json';

export { renderClaimReviews } from './claim-review';
export type { ClaimReviewJsonLd, ClaimReviewOptions } from './claim-review';

export { ANNOTATION_CONTEXT, renderAnnotationCollection } from './web-annotations';
export type { AnnotationCollection, AnnotationCollectionOptions, WebAnnotation } from './web-annotations';
export { parseAnnotationImport } from './parse-annotation-import';
export type {
  AnnotationImportIssue,
  ImportedAnnotation,
  ImportedEvidence,
  ParseAnnotationImportResult,
  SkippedAnnotation,
} from './parse-annotation-import';
export { planAnnotationImport } from './plan-annotation-import';
export type {
  AnnotationImportPlan,
  PlanAnnotationImportOptions,
  PlannedClaim,
  UnanchoredAnnotation,
  UnanchoredReason,
} from './plan-annotation-import';

export { correctionsByClaim, publicLinksByClaim } from './review-trail';
export type { ClaimShareLinkRow, CorrectionEventRow } from './review-trail';
