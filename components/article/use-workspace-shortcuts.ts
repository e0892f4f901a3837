'use client';

import { useEffect } from 'react';

type Shortcuts = {
  claims: readonly { id: string }[];
  activeId: string | null;
  select: (claimId: string) => void;
  close: () => void;
  mark: (() => void) | null;
  /** N: the next suggested claim (M then accepts it). */
  nextSuggestion?: () => void;
};

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** M marks the selection (or the chosen suggestion), J/K step through claims, N through suggestions, Esc closes; never while typing. */
export function useWorkspaceShortcuts({ claims, activeId, select, close, mark, nextSuggestion }: Shortcuts) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      if (event.key === 'Escape') {
        if (activeId && !typingIn(event.target)) close();
        return;
      }
      if (typingIn(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'm' && mark) {
        event.preventDefault();
        mark();
      } else if (key === 'n' && nextSuggestion) {
        event.preventDefault();
        nextSuggestion();
      } else if ((key === 'j' || key === 'k') && claims.length > 0) {
        event.preventDefault();
        const at = claims.findIndex((c) => c.id === activeId);
        const next = key === 'j' ? (at + 1) % claims.length : (at <= 0 ? claims.length : at) - 1;
        const claim = claims[next];
        if (claim) select(claim.id);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [claims, activeId, select, close, mark, nextSuggestion]);
}
