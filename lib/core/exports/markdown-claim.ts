// One claim of the Markdown report: the quote in its context, the verdict and who stands behind
// it, the explanation, every source (IFCN: enough detail to replicate the work), corrections.

import type { OffsetIndex } from '@/lib/core/anchoring';
import { scaleBounds } from '@/lib/core/rating-scale/rating-scale';
import { claimStatusLabels } from '@/lib/validations/claim';
import { stanceLabels } from '@/lib/validations/evidence';
import { escapeBlock, escapeInline, formatDate, formatDateTime, hostOf, list } from './markdown-text';
import { archiveSentence } from '@/lib/core/archive/archive-sentence';
import type { LinkReferences } from './markdown-text';
import { quoteContext } from './quote-context';
import type { ReportClaim, ReportCorrection, ReportCorrectionRequest, ReportEvidence, ReviewReport } from './report-model';
import { channelText, outcomeText, recipientText } from '@/lib/core/correction-requests/public-view';

/** Context shown around a quote, in code points on each side: about a line of text. */
export const REPORT_CONTEXT_CHARS = 80;

export function renderClaimSection(
  report: ReviewReport,
  claim: ReportClaim,
  number: number,
  links: LinkReferences,
  index: OffsetIndex,
): (string | null)[] {
  const statement = escapeInline(claim.statement);
  return [
    `### Claim ${number}${statement ? `: ${statement}` : ''}`,
    quoteLine(report, claim, index),
    list([
      ['Claimant', escapeInline(claim.claimant)],
      ['Status', claimStatusLabels[claim.status]],
      ['Verdict', verdictText(report, claim)],
      ['', reviewText(claim)],
      ['Published', claim.publishedAt && formatDate(claim.publishedAt)],
      ['Corrected', claim.correctedAt && formatDate(claim.correctedAt)],
      ['Public page', publicPageText(claim, links)],
      ['Position', positionText(report, claim)],
    ]),
    ...(claim.explanation.trim() ? ['#### Explanation', escapeBlock(claim.explanation)] : []),
    `#### Evidence (${claim.evidence.length})`,
    claim.evidence.length === 0 ? 'No sources recorded.' : claim.evidence.map((item, i) => evidenceItem(item, i + 1, links)).join('\n'),
    ...(claim.corrections.length > 0 ? ['#### Corrections', claim.corrections.map(correctionItem).join('\n')] : []),
    ...(claim.correctionRequests.length > 0
      ? ['#### Correction requests', claim.correctionRequests.map((r) => correctionRequestItem(r, links)).join('\n')]
      : []),
  ];
}

function quoteLine(report: ReviewReport, claim: ReportClaim, index: OffsetIndex): string {
  const context = quoteContext(report.article.text, claim, REPORT_CONTEXT_CHARS, index);
  const before = escapeInline(context.before);
  const after = escapeInline(context.after);
  // Escaping trims, so the spaces between the context and the bold quote are put back here,
  // outside the ** markers (inside them Markdown would not read them as bold).
  const spaceBefore = before !== '' && (/\s$/.test(context.before) || /^\s/.test(context.exact));
  const spaceAfter = after !== '' && (/^\s/.test(context.after) || /\s$/.test(context.exact));
  const left = `${context.elidedBefore ? '…' : ''}${before}${spaceBefore ? ' ' : ''}`;
  const right = `${spaceAfter ? ' ' : ''}${after}${context.elidedAfter ? '…' : ''}`;
  return `> ${left}**${escapeInline(context.exact)}**${right}`;
}

function verdictText(report: ReviewReport, claim: ReportClaim): string {
  const verdict = claim.verdict;
  if (!verdict) return 'not rated yet';
  const label = `**${escapeInline(verdict.label)}**`;
  if (verdict.value === null) return `${label} (off the scale)`;
  const bounds = scaleBounds(report.ratingScale);
  return bounds ? `${label} (${verdict.value} on the scale from ${bounds.worst} to ${bounds.best})` : `${label} (${verdict.value})`;
}

function positionText(report: ReviewReport, claim: ReportClaim): string {
  if (claim.anchorState === 'orphaned') {
    return `not found in version ${report.article.versionNumber} of the text; the context shown is the one stored with the claim`;
  }
  return `characters ${claim.start}–${claim.end} of version ${report.article.versionNumber} (Unicode code points)`;
}

function evidenceItem(item: ReportEvidence, number: number, links: LinkReferences): string {
  const title = links.link(item.title.trim() || hostOf(item.url), item.url);
  const details = [
    item.publisher.trim() ? escapeInline(item.publisher) : null,
    item.accessedAt ? `accessed ${formatDate(item.accessedAt)}` : null,
  ].filter(Boolean);
  const lines = [`${number}. ${stanceLabels[item.stance]}: ${title}${details.length > 0 ? `, ${details.join(', ')}` : ''}.`];
  // List continuation lines are indented to the item's text; a blank line before the note keeps
  // it out of the quoted passage (Markdown would continue the quote lazily otherwise).
  const indent = ' '.repeat(`${number}. `.length);
  if (item.passage.trim()) lines.push(escapeBlock(item.passage, `${indent}> `));
  if (item.archive) lines.push('', `${indent}${archiveSentence(item.archive.passage, formatDateTime(item.archive.archivedAt))}`);
  if (item.internalNote?.trim()) lines.push('', `${indent}Internal note (not for publication): ${escapeInline(item.internalNote)}`);
  return lines.join('\n');
}

/** "Checked by Amal Haddad · approved by Jonas Weber on 2026-11-30" */
function reviewText(claim: ReportClaim): string | null {
  const parts = [
    claim.checkedBy && `Checked by ${escapeInline(claim.checkedBy)}`,
    claim.approvedBy && `approved by ${escapeInline(claim.approvedBy)}${claim.approvedAt ? ` on ${formatDate(claim.approvedAt)}` : ''}`,
  ].filter(Boolean);
  if (parts.length === 0) return null;
  const text = parts.join(' · ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// The address when the caller knows it; otherwise only that the claim is shared (the link is a
// secret whose hash alone is stored, decision 010).
function publicPageText(claim: ReportClaim, links: LinkReferences): string | null {
  if (claim.publicUrl) return links.link(hostOf(claim.publicUrl), claim.publicUrl);
  if (!claim.publicLink) return null;
  const { sharedAt, expiresAt } = claim.publicLink;
  return `shared since ${formatDate(sharedAt)}, ${expiresAt ? `until ${formatDate(expiresAt)}` : 'no expiry'} (the link is shown only to whoever made it)`;
}

function correctionItem(correction: ReportCorrection): string {
  const change = `${escapeInline(correction.from ?? '') || '(nothing)'} → ${escapeInline(correction.to ?? '') || '(nothing)'}`;
  const field = correction.field ? `${escapeInline(correction.field)} ` : '';
  return `- ${formatDate(correction.at)}, ${escapeInline(correction.by)}: ${field}${change}. Reason: ${escapeInline(correction.reason)}`;
}

/** "- 2026-11-01: asked the publisher (Harbour Herald) by email. Outcome: Corrected (2026-11-03), [correction](…)." */
function correctionRequestItem(request: ReportCorrectionRequest, links: LinkReferences): string {
  const answered = request.respondedAt ? ` (${formatDate(request.respondedAt)})` : '';
  const link = request.correctionUrl ? `, ${links.link('the correction', request.correctionUrl)}` : '';
  const whom = recipientText(request);
  return `- ${formatDate(request.sentAt)}: asked ${escapeInline(whom.charAt(0).toLowerCase() + whom.slice(1))} ${channelText(request)}. Outcome: ${outcomeText(request)}${answered}${link}.`;
}
