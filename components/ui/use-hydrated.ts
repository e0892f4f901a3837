'use client';

import { useEffect, useState } from 'react';

/**
 * False on the server and while hydrating, true once the calling component's effects have run
 * (and those of the hooks called before it). Server-rendered controls mark themselves
 * `data-interactive` with it: a click or a keystroke before then goes unnoticed or is replaced,
 * and journeys wait for the mark (the reader, the claim panel, confirm buttons).
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  // An effect on purpose: it runs after the effects declared before it, and only in the browser.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
