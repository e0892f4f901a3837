import 'server-only';
import { readPublicVerdict, type PublicVerdictRead } from '@/lib/server/share-links/read-shared-rows';
import { databaseTrouble } from '@/lib/server/db/database-trouble';
import { looksLikeVerdictAddress } from './verdict-address';

// A published verdict's permalink, /p/{slug}/verdicts/{claimId} (decision 044): anyone may read
// it while the workspace's public pages are on, no sign-in and no token; the admin's opt-in is
// the authorization, as for the methodology and corrections log. Read from PostgreSQL on every
// request by the public pages' one statement (read-shared-rows.ts), so turning the pages off,
// unpublishing or deleting is seen by every instance at the next request.

export type PublicVerdictResult =
  | { state: 'live'; verdict: PublicVerdictRead }
  /** The pages were turned off after the verdict was published (410). */
  | { state: 'gone' }
  /** No such address, no such claim in that workspace, or a claim never published (404). */
  | { state: 'unknown' }
  | { state: 'unavailable' };

/**
 * The verdict at this address. `live` still needs the page built from its document: a claim
 * taken back, deleted or on a deleted article builds as `gone` (build-shared-page.ts), which
 * `wasPublished` turns into 410, or 404 for a claim that never was public.
 */
export async function getPublicVerdict(slug: string, claimId: string): Promise<PublicVerdictResult> {
  // Shapes that cannot be an address or an id are unknown without a lookup (never a 500).
  if (!looksLikeVerdictAddress(slug, claimId)) return { state: 'unknown' };
  try {
    const verdict = await readPublicVerdict(slug, claimId);
    if (!verdict) return { state: 'unknown' };
    // Turned off: gone, but only for a verdict that was public; a draft's id says nothing.
    if (!verdict.pagesOn) return verdict.wasPublished ? { state: 'gone' } : { state: 'unknown' };
    return { state: 'live', verdict };
  } catch (error) {
    if (databaseTrouble(error) === 'unavailable') return { state: 'unavailable' };
    throw error;
  }
}
