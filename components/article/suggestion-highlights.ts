'use client';

import { useEffect } from 'react';

/** A DOM range over the frozen text's UTF-16 offsets: each block renders exactly its slice. */
function domRange(container: HTMLElement, start: number, end: number): Range | null {
  const range = document.createRange();
  let started = false;
  for (const block of container.querySelectorAll<HTMLElement>('[data-block-start]')) {
    const blockStart = Number(block.dataset.blockStart);
    const blockEnd = Number(block.dataset.blockEnd);
    if (blockEnd < start || blockStart > end) continue;
    let at = blockStart;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (!started && start >= at && start <= at + length) {
        range.setStart(node, start - at);
        started = true;
      }
      if (started && end >= at && end <= at + length) {
        range.setEnd(node, end - at);
        return range;
      }
      at += length;
    }
  }
  return null;
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
      const all = ranges.map((r) => domRange(element, r.start, r.end));
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
