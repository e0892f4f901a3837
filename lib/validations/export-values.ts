// Plain values, no zod: what client components may import (the schemas beside it stay on the
// server; decision 043). The schema module re-exports them.
export const exportFormats = ['pdf', 'markdown', 'csv', 'json', 'claimreview', 'annotations'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportFormatLabels: Record<ExportFormat, string> = {
  pdf: 'PDF report',
  markdown: 'Markdown report',
  csv: 'CSV (one row per claim)',
  json: 'JSON (everything)',
  claimreview: 'ClaimReview JSON-LD',
  annotations: 'W3C Web Annotations',
};
