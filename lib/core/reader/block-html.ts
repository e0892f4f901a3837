// The inner HTML of one reader block: its link runs and claim pieces, written as a string so that
// the browser builds the highlights from the server's HTML and React hydrates one element per
// block instead of one per piece (decision 043: hydrating every <mark> of a long article was the
// largest main-thread cost on a phone). The same markup the reader's elements had: a <span> or
// <a> per run, a <span> or <mark class="claim-highlight"> per piece. Pure; every text and
// attribute is escaped, links keep only web and mail addresses, colours only #rgb…#rrggbbaa.
import type { Segment } from '@/lib/core/anchoring';
import { escapeHtml } from '@/lib/core/document/escape-html';
import type { VerdictPaint } from '@/lib/core/rating-scale/rating-scale';
import { blockRuns, type LinkRange, type Range } from './block-pieces';

const SAFE_HREF = /^(?:https?:|mailto:)/i;
const SAFE_COLOR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

export type BlockHtmlInput = {
  block: Range;
  links: readonly LinkRange[];
  text: string;
  segments: readonly Segment[];
  paints: ReadonlyMap<string, VerdictPaint>;
  activeId: string | null;
};

export function blockHtml({ block, links, text, segments, paints, activeId }: BlockHtmlInput): string {
  let html = '';
  for (const run of blockRuns(block, links, segments)) {
    let pieces = '';
    for (const piece of run.pieces) {
      const slice = escapeHtml(text.slice(piece.start, piece.end));
      const top = piece.claimIds[0];
      if (!top) {
        pieces += `<span>${slice}</span>`;
        continue;
      }
      const paint = paints.get(top);
      const color = paint?.color && SAFE_COLOR.test(paint.color) ? `;--tone:${paint.color}` : '';
      const active = activeId !== null && piece.claimIds.includes(activeId) ? ' data-active="true"' : '';
      pieces +=
        `<mark class="claim-highlight tone-${escapeHtml(paint?.tone ?? 'none')}" style="--depth:${piece.claimIds.length}${color}"` +
        ` data-claim-ids="${escapeHtml(piece.claimIds.join(' '))}"${active}>${slice}</mark>`;
    }
    html +=
      run.href && SAFE_HREF.test(run.href.trim())
        ? `<a href="${escapeHtml(run.href.trim())}" target="_blank" rel="noopener noreferrer nofollow" class="text-blue-800 underline underline-offset-2">${pieces}</a>`
        : `<span>${pieces}</span>`;
  }
  return html;
}
