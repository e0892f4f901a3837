'use client';

import { useEffect } from 'react';

type TextPiece = { node: Text; at: number; length: number; blockStart: number; blockEnd: number };

/** Every text node of the blocks, in text order, with the UTF-16 offset it starts at: each block
 *  renders exactly its slice of the frozen text, the blocks one after another. */
function textPieces(container: HTMLElement): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (const block of container.querySelectorAll<HTMLElement>('[data-block-start]')) {
    const blockStart = Number(block.dataset.blockStart);
    const blockEnd = Number(block.dataset.blockEnd);
    let at = blockStart;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      pieces.push({ node: node as Text, at, length, blockStart, blockEnd });
      at += length;
    }
  }
  return pieces;
}

/**
 * DOM ranges over the frozen text's UTF-16 offsets, one per asked range (null where the text has
 * none), in one walk of the text: the ranges taken in order of their start, each search begins
 * where the previous one's began. A long article with many suggestions walked its whole text once
 * per suggestion before (the largest script cost of the 300-claim page's start after React's own).
 */
function domRanges(container: HTMLElement, ranges: readonly { start: number; end: number }[]): (Range | null)[] {
  const pieces = textPieces(container);
  const found: (Range | null)[] = ranges.map(() => null);
  const order = ranges.map((_, i) => i).sort((a, b) => (ranges[a] as { start: number }).start - (ranges[b] as { start: number }).start);
  let from = 0;
  for (const index of order) {
    const { start, end } = ranges[index] as { start: number; end: number };
    // Pieces of blocks that end before the range cannot hold its start, nor any later range's.
    while (from < pieces.length && (pieces[from] as TextPiece).blockEnd < start) from++;
    let range: Range | null = null;
    for (let i = from; i < pieces.length; i++) {
      const piece = pieces[i] as TextPiece;
      if (piece.blockStart > end) break;
      if (!range && start >= piece.at && start <= piece.at + piece.length) {
        range = document.createRange();
        range.setStart(piece.node, start - piece.at);
      }
      if (range && end >= piece.at && end <= piece.at + piece.length) {
        range.setEnd(piece.node, end - piece.at);
        found[index] = range;
        break;
      }
    }
  }
  return found;
}

/**
 * Suggested claims as faint marks, drawn with the CSS Custom Highlight API: no element is added
 * to the text React renders (the claim highlights own it), and no script library is loaded.
 * Browsers without the API simply show no faint marks; the list beside the article still works.
 */
export function useSuggestionHighlights(container: React.RefObject<HTMLElement | null>, ranges: readonly { start: number; end: number }[], current: number | null) {
  useEffect(() => {
    const element = container.current;
    if (!element || typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return;
    const paint = () => {
      const all = domRanges(element, ranges);
      const faint = all.filter((r, i): r is Range => r !== null && i !== current);
      const chosen = current === null ? null : all[current];
      CSS.highlights.set('claim-suggestion', new Highlight(...faint));
      CSS.highlights.set('claim-suggestion-current', new Highlight(...(chosen ? [chosen] : [])));
    };
    paint();
    // The reader rewrites a paragraph's HTML when a claim in it is opened or repainted (decision
    // 043): the ranges over its old text nodes collapse, so they are drawn again over the new ones.
    const observer = new MutationObserver(paint);
    observer.observe(element, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      CSS.highlights.delete('claim-suggestion');
      CSS.highlights.delete('claim-suggestion-current');
    };
  }, [container, ranges, current]);
}
