// The review report as Markdown: a file an editor can paste into a CMS, mail to a colleague or
// read as plain text. Order follows the issue: the article, the rating scale with its
// definitions (IFCN asks for the methodology to be stated), the summary, then every claim in
// document order; link addresses are collected at the end as numbered references.

import { createOffsetIndex } from '@/lib/core/anchoring';
import { scaleBounds } from '@/lib/core/rating-scale/rating-scale';
import { renderClaimSection } from './markdown-claim';
import { createLinkReferences, escapeInline, formatDate, formatDateTime, hostOf, list } from './markdown-text';
import type { LinkReferences } from './markdown-text';
import { reportClaims } from './report-model';
import type { ReviewReport } from './report-model';
import { buildReportSummary } from './report-summary';

export function renderMarkdown(report: ReviewReport): string {
  const links = createLinkReferences();
  const claims = reportClaims(report);
  const index = createOffsetIndex(report.article.text);
  const sections = [
    header(report),
    articleSection(report, links),
    ratingScaleSection(report),
    summarySection(report),
    ['## Claims', claims.length === 0 ? 'No claims to report.' : null],
    ...claims.map((claim, i) => renderClaimSection(report, claim, i + 1, links, index)),
  ];
  const definitions = links.definitions();
  if (definitions.length > 0) sections.push(['## Links', definitions.join('\n')]);
  return `${sections.map((lines) => lines.filter((line) => line !== null).join('\n\n')).join('\n\n')}\n`;
}

type Lines = (string | null)[];

function header(report: ReviewReport): Lines {
  const { onlyPublished, includeInternal } = report.options;
  const scope = onlyPublished ? 'Published claims only' : 'All claims, published or not';
  const notes = includeInternal ? 'internal notes included' : 'internal notes left out';
  return [
    `# Review report: ${escapeInline(report.article.title) || 'Untitled article'}`,
    `${escapeInline(report.workspace.name)}, generated ${formatDateTime(report.generatedAt)}. ${scope}; ${notes}.`,
  ];
}

function articleSection(report: ReviewReport, links: LinkReferences): Lines {
  const a = report.article;
  const rows: [string, string | null][] = [
    ['Title', escapeInline(a.title)],
    ['Outlet', a.outlet && escapeInline(a.outlet)],
    ['Author', a.author && escapeInline(a.author)],
    ['Published', a.publishedAt && formatDate(a.publishedAt)],
    ['Source', a.sourceUrl && links.link(hostOf(a.sourceUrl), a.sourceUrl)],
    ['Canonical address', a.canonicalUrl && a.canonicalUrl !== a.sourceUrl ? links.link(hostOf(a.canonicalUrl), a.canonicalUrl) : null],
    ['Language', a.language && `${escapeInline(a.language)}${a.direction === 'rtl' ? ', right to left' : ''}`],
    ['Imported', `${formatDateTime(a.importedAt)} (version ${a.versionNumber})`],
    // The hash lets anyone holding a copy of the text prove it is the one that was reviewed.
    ['Text fingerprint (SHA-256)', `\`${a.contentHash.replace(/`/g, '')}\``],
  ];
  return ['## Article', list(rows)];
}

function ratingScaleSection(report: ReviewReport): Lines {
  const bounds = scaleBounds(report.ratingScale);
  const intro = bounds
    ? `Verdicts on the scale are numbered from ${bounds.worst} (least true) to ${bounds.best} (true); the others are outcomes off the scale.`
    : 'The verdicts this review uses:';
  const items = report.ratingScale.map((rating) => {
    const place = rating.value === null ? 'off the scale' : String(rating.value);
    return `- **${escapeInline(rating.label)}** (${place}): ${escapeInline(rating.description)}`;
  });
  return ['## Rating scale', intro, items.join('\n') || null];
}

function summarySection(report: ReviewReport): Lines {
  const summary = buildReportSummary(report);
  const counted = (entries: { label: string; count: number }[]) =>
    entries.filter((e) => e.count > 0).map((e) => `${escapeInline(e.label)} ${e.count}`).join(', ') || 'none';
  const reviewers = summary.reviewers.map((r) => {
    const roles = [r.checked > 0 ? `checked ${r.checked}` : null, r.approved > 0 ? `approved ${r.approved}` : null];
    return `${escapeInline(r.name)} (${roles.filter(Boolean).join(', ')})`;
  });
  const rows: [string, string | null][] = [
    ['Claims', String(summary.claimCount)],
    ['Evidence items', String(summary.evidenceCount)],
    ['By verdict', counted(summary.byVerdict)],
    ['By status', counted(summary.byStatus)],
    ['Reviewers', reviewers.join('; ') || 'none yet'],
  ];
  return ['## Summary', list(rows)];
}
