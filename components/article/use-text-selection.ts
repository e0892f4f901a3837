'use client';

import { useCallback, useEffect, useState } from 'react';

export type TextSelection = {
  /** UTF-16 offsets into the article's frozen text. */
  start: number;
  end: number;
  /** Where to show the "Mark claim" button, relative to the reader container. */
  anchor: { top: number; left: number };
};

/** Offset of a DOM point within the frozen text, using the block's data-start (UTF-16). */
function textOffset(container: HTMLElement, node: Node, offset: number): number | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const block = element?.closest<HTMLElement>('[data-block-start]');
  if (!block || !container.contains(block)) return null;
  const blockStart = Number(block.dataset.blockStart);
  const blockEnd = Number(block.dataset.blockEnd);
  if (node.nodeType !== Node.TEXT_NODE) {
    // A point between children: count the text of the children before it.
    const range = document.createRange();
    range.selectNodeContents(block);
    range.setEnd(node, offset);
    return Math.min(blockEnd, blockStart + range.toString().length);
  }
  let count = 0;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (current === node) return Math.min(blockEnd, blockStart + count + offset);
    count += current.textContent?.length ?? 0;
  }
  return null;
}

/**
 * Follows the user's selection inside the reader and turns it into offsets of the frozen text.
 * The rendered text of each block is exactly its slice of the frozen text, so counting
 * characters in the DOM gives the text position without touching the DOM React owns.
 */
export function useTextSelection(containerRef: React.RefObject<HTMLElement | null>) {
  const [selection, setSelection] = useState<TextSelection | null>(null);

  const read = useCallback(() => {
    const container = containerRef.current;
    const current = window.getSelection();
    if (!container || !current || current.rangeCount === 0 || current.isCollapsed) {
      setSelection(null);
      return;
    }
    const range = current.getRangeAt(0);
    if (!container.contains(range.commonAncestorContainer)) {
      setSelection(null);
      return;
    }
    const start = textOffset(container, range.startContainer, range.startOffset);
    const end = textOffset(container, range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) {
      setSelection(null);
      return;
    }
    const rect = range.getBoundingClientRect();
    const box = container.getBoundingClientRect();
    setSelection({ start, end, anchor: { top: rect.bottom - box.top + 6, left: rect.left - box.left + rect.width / 2 } });
  }, [containerRef]);

  useEffect(() => {
    document.addEventListener('selectionchange', read);
    return () => document.removeEventListener('selectionchange', read);
  }, [read]);

  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);

  return { selection, clear };
}
