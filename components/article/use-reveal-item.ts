'use client';

import { useEffect } from 'react';
import type { RevealedItem } from './revealed-item';

/**
 * Scrolls the claim panel to the evidence item or comment a link named (a search result), once it
 * is on screen (the panel and its lists may render after the page), focuses it for keyboard and
 * screen reader users, and marks it with a brief highlight (`[data-revealed]` in globals.css).
 */
export function useRevealItem(item: RevealedItem | null) {
  const kind = item?.kind;
  const id = item?.id;
  useEffect(() => {
    if (!kind || !id) return;
    const selector = `[data-${kind}-id="${CSS.escape(id)}"]`;
    const reveal = (element: HTMLElement) => {
      element.scrollIntoView({ block: 'center' });
      element.focus({ preventScroll: true });
      element.setAttribute('data-revealed', '');
      const done = () => element.removeAttribute('data-revealed');
      element.addEventListener('animationend', done, { once: true });
      element.addEventListener('blur', done, { once: true });
    };
    const found = document.querySelector<HTMLElement>(selector);
    if (found) {
      reveal(found);
      return;
    }
    const observer = new MutationObserver(() => {
      const element = document.querySelector<HTMLElement>(selector);
      if (!element) return;
      observer.disconnect();
      reveal(element);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [kind, id]);
}
