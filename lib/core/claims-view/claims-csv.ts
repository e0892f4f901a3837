import { claimStatusLabels } from '@/lib/validations/claim';
import type { ClaimsViewItemDto } from '@/lib/validations/claims-view';
import { csvRecord } from '@/lib/core/exports/csv';

// The claims view as CSV: one row per claim of the filtered set, cells neutralised against
// formula injection by the review report's own CSV writer.

type Column = { header: string; value: (item: ClaimsViewItemDto) => string | null };

const COLUMNS: readonly Column[] = [
  { header: 'Claim ID', value: (c) => c.id },
  { header: 'Statement', value: (c) => c.statement },
  { header: 'Quote', value: (c) => c.exact },
  { header: 'Claimant', value: (c) => c.claimant },
  { header: 'Status', value: (c) => claimStatusLabels[c.status] },
  { header: 'Verdict', value: (c) => c.verdict?.label ?? null },
  { header: 'Assignee', value: (c) => c.assignee?.name ?? null },
  { header: 'Article', value: (c) => c.articleTitle },
  { header: 'Outlet', value: (c) => c.outlet },
  { header: 'Marked at', value: (c) => c.markedAt },
  { header: 'Published at', value: (c) => c.publishedAt },
  { header: 'Corrected at', value: (c) => c.correctedAt },
  { header: 'Updated at', value: (c) => c.updatedAt },
  { header: 'Link', value: (c) => c.href },
];

/** The header record (after the byte order mark, which the writer puts first). */
export function claimsCsvHeader(): string {
  return csvRecord(COLUMNS.map((column) => column.header));
}

/** One record per claim, each ending in CRLF. */
export function claimsCsvRecords(items: readonly ClaimsViewItemDto[]): string {
  return items.map((item) => csvRecord(COLUMNS.map((column) => column.value(item)))).join('');
}
