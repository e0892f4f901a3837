// Selecting text in the article reader the way a person's mouse drag does: one DOM range over
// the phrase, even when highlights split it across several text nodes.
import type { Page } from '@playwright/test';

/** Selects a phrase of the article the way a mouse drag would leave it: one DOM range. */
export async function selectPhrase(page: Page, phrase: string) {
  // A selection made before the page is interactive would go unnoticed.
  await page.locator('article div[data-interactive]').waitFor();
  await page.evaluate((text) => {
    const reader = document.querySelector('article [data-block-start]')?.parentElement;
    if (!reader) throw new Error('reader not found');
    for (const block of reader.querySelectorAll<HTMLElement>('[data-block-start]')) {
      const full = block.textContent ?? '';
      const at = full.indexOf(text);
      if (at < 0) continue;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      const points: { node: Node; offset: number }[] = [];
      const stop = at + text.length;
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        // The start lies in the node that contains it; the end in the node it falls inside or ends.
        if (points.length === 0 && at >= seen && at < seen + length) points.push({ node, offset: at - seen });
        if (points.length === 1 && stop > seen && stop <= seen + length) points.push({ node, offset: stop - seen });
        seen += length;
      }
      const [start, end] = points;
      if (!start || !end) throw new Error('could not place the selection');
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`phrase not in the article: ${text}`);
  }, phrase);
}
