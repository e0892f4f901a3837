'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';
import type { ClaimDto } from '@/lib/validations/claim';
import { refreshForVersion } from './refresh-for-version';

/**
 * A teammate's "Check for changes" moves the claims to a new version while this page still shows
 * the old text (it comes with the page, not with the polled claims). When an attached claim
 * points into a version this page does not show, the page is read again, once per such version.
 */
export function useFollowLatestVersion(claims: readonly ClaimDto[], shownVersionId: string) {
  const router = useRouter();
  useEffect(() => {
    const newer = claims.find((c) => c.anchorState === 'anchored' && c.articleVersionId !== shownVersionId);
    if (newer) refreshForVersion(router, newer.articleVersionId);
  }, [claims, shownVersionId, router]);
}
