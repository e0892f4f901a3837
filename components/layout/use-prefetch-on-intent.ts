'use client';

import { useRouter } from 'next/navigation';

/**
 * Props for a header link that fetches its page ahead only when the pointer, a finger or the
 * keyboard comes to it (pass them with `prefetch={false}`), not as soon as it is on screen: the
 * header is on every page, and prefetching all its links as they appeared cost every page view
 * 18 requests for the server to render while the page itself was still starting up. Decision 043.
 */
export function usePrefetchOnIntent(href: string) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return { prefetch: false, onMouseEnter: prefetch, onFocus: prefetch, onTouchStart: prefetch } as const;
}
