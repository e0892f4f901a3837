'use client';

import type { useRouter } from 'next/navigation';

// Both "Check for changes" (version-bar.tsx) and the page following a teammate's check
// (use-follow-latest-version.ts) read the page again when a new version appears. Two refreshes
// at once made Next's router fall back to reloading the whole document, which threw away what
// the page showed (the check's outcome, the open diff): one refresh per version is enough.
const refreshed = new Set<string>();

export function refreshForVersion(router: ReturnType<typeof useRouter>, versionId: string): void {
  if (refreshed.has(versionId)) return;
  refreshed.add(versionId);
  router.refresh();
}
