// The review report as CSV: one row per claim, one column per field, for editors who sort and
// filter in a spreadsheet. RFC 4180 (CRLF between records, fields with a comma, quote or line
// break in double quotes, quotes doubled), with a UTF-8 byte order mark because Excel otherwise
// reads the file as the local code page and mangles Arabic, accents and emoji.

import { claimStatusLabels } from '@/lib/validations/claim';
import { stanceLabels } from '@/lib/validations/evidence';
import { reportClaims } from './report-model';
import type { ReportClaim, ReportCorrection, ReportEvidence, ReviewReport } from './report-model';

type Cell = string | number | null;
type Column = { header: string; value: (claim: ReportClaim) => Cell };

export const CSV_COLUMNS: readonly Column[] = [
  { header: 'Claim ID', value: (c) => c.id },
  { header: 'Start (code points)', value: (c) => c.start },
  { header: 'End (code points)', value: (c) => c.end },
  { header: 'Quote', value: (c) => c.exact },
  { header: 'Statement', value: (c) => c.statement },
  { header: 'Claimant', value: (c) => c.claimant },
  { header: 'Status', value: (c) => claimStatusLabels[c.status] },
  { header: 'Verdict key', value: (c) => c.verdict?.key ?? null },
  { header: 'Verdict', value: (c) => c.verdict?.label ?? null },
  { header: 'Verdict value', value: (c) => c.verdict?.value ?? null },
  { header: 'Explanation', value: (c) => c.explanation },
  { header: 'Evidence count', value: (c) => c.evidence.length },
  { header: 'Evidence', value: (c) => c.evidence.map(evidenceLine).join('\n') },
  { header: 'Checked by', value: (c) => c.checkedBy },
  { header: 'Approved by', value: (c) => c.approvedBy },
  { header: 'Approved at', value: (c) => c.approvedAt },
  { header: 'Published at', value: (c) => c.publishedAt },
  { header: 'Corrected at', value: (c) => c.correctedAt },
  { header: 'Public page', value: publicPage },
  { header: 'Corrections count', value: (c) => c.corrections.length },
  { header: 'Corrections', value: (c) => c.corrections.map(correctionLine).join('\n') },
];

/** Spreadsheets read a file as UTF-8 only when it starts with this. */
export const CSV_BOM = '\uFEFF';
const CRLF = '\r\n';

export function renderCsv(report: ReviewReport): string {
  return csvDocument([CSV_COLUMNS.map((column) => column.header), ...reportClaims(report).map((claim) => CSV_COLUMNS.map((column) => column.value(claim)))]);
}

/** RFC 4180 records (CRLF), formula-safe cells, with a BOM so that spreadsheets read UTF-8. */
export function csvDocument(rows: readonly (readonly Cell[])[]): string {
  return CSV_BOM + rows.map(csvRecord).join('');
}

/** One record, ending in CRLF: for writers that stream a file a page at a time. */
export function csvRecord(row: readonly Cell[]): string {
  return row.map(csvField).join(',') + CRLF;
}

/** One field, neutralised and quoted as needed. Numbers are ours and are written as they are. */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  // Line breaks inside a cell are LF, as spreadsheets write them; CRLF stays the record separator.
  const text = neutraliseFormula(cell).replace(/\r\n?/g, '\n');
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with = + - @
 * (or a tab or carriage return before one) as a formula, so a quote like "=HYPERLINK(...)" or a
 * claimant "@handle" would become code. The fullwidth forms (＝ ＋ － ＠) can be read as
 * the ASCII ones (East Asian spreadsheet settings, or any step that applies Unicode NFKC, which
 * folds them and the small forms ﹦ ﹢ ﹣ ﹫ to ASCII), so they are neutralised alike. A leading apostrophe makes the cell text; spreadsheets hide it. Applied to text only:
 * the numbers in the file are positions and scale values we wrote.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** "1. Refutes: Title — Publisher — https://… — accessed 2026-11-30 — passage: “…”" */
function evidenceLine(item: ReportEvidence, i: number): string {
  const parts = [
    `${i + 1}. ${stanceLabels[item.stance]}: ${item.title.trim() || item.url}`,
    item.publisher.trim() || null,
    item.url,
    item.accessedAt ? `accessed ${item.accessedAt.slice(0, 10)}` : null,
    item.passage.trim() ? `passage: “${item.passage.trim()}”` : null,
    item.internalNote?.trim() ? `internal note: ${item.internalNote.trim()}` : null,
  ];
  return parts.filter((part) => part !== null).join(' — ');
}

function correctionLine(correction: ReportCorrection): string {
  const field = correction.field ? `${correction.field} ` : '';
  return `${correction.at.slice(0, 10)} ${correction.by}: ${field}${correction.from ?? '(nothing)'} → ${correction.to ?? '(nothing)'} (${correction.reason})`;
}

/** The address when known; else that the claim is shared, and until when (decision 006). */
function publicPage(claim: ReportClaim): string | null {
  if (claim.publicUrl) return claim.publicUrl;
  if (!claim.publicLink) return null;
  const { sharedAt, expiresAt } = claim.publicLink;
  return `shared since ${sharedAt.slice(0, 10)}${expiresAt ? `, until ${expiresAt.slice(0, 10)}` : ''}`;
}
