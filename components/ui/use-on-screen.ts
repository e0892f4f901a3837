'use client';

import { useCallback, useEffect, useRef } from 'react';

/**
 * A stable function answering whether this component is still on screen. A mutation hook asks it
 * when a request fails: a form that shows refusals inline is told nothing more, but if the form
 * was closed (or its panel left) while the request ran, the hook says it in a toast instead, so
 * the refusal is never lost (decision 005).
 */
export function useOnScreen(): () => boolean {
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return useCallback(() => mounted.current, []);
}
