import { z } from 'zod';

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

/** Query string of an export download, from the article page's form or an integration. */
export const exportQuerySchema = z
  .object({
    format: z.enum(exportFormats),
    scope: z.enum(['published', 'all']).default('published'),
    internal: z.enum(['0', '1']).default('0'),
  })
  .meta({ id: 'ExportQuery' });
