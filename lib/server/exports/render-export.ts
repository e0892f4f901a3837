import 'server-only';
import { renderAnnotationCollection, renderClaimReviews, renderCsv, renderJson, renderMarkdown, type ReviewReport } from '@/lib/core/exports';
import type { ExportFormat } from '@/lib/validations/export';

type Rendered = { body: string; contentType: string; extension: string };

/** One export format of a report, with the media type and file extension it travels with. */
export function renderExport(report: ReviewReport, format: Exclude<ExportFormat, 'pdf'>, siteUrl: string): Rendered {
  switch (format) {
    case 'markdown':
      return { body: renderMarkdown(report), contentType: 'text/markdown; charset=utf-8', extension: 'md' };
    case 'csv':
      return { body: renderCsv(report), contentType: 'text/csv; charset=utf-8', extension: 'csv' };
    case 'json':
      return { body: renderJson(report), contentType: 'application/json; charset=utf-8', extension: 'json' };
    case 'claimreview':
      return {
        body: JSON.stringify(renderClaimReviews(report, { siteUrl }), null, 2),
        contentType: 'application/ld+json; charset=utf-8',
        extension: 'claimreview.jsonld',
      };
    case 'annotations':
      return {
        body: JSON.stringify(renderAnnotationCollection(report, { siteUrl }), null, 2),
        contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
        extension: 'annotations.jsonld',
      };
  }
}

/** A file name from the article's title: ASCII, safe in a Content-Disposition header. */
export function exportFileName(title: string, extension: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `${base || 'article'}-review.${extension}`;
}
