import 'server-only';
import { readPublicVerdict, type PublicVerdictRead } from '@/lib/server/share-links/read-shared-rows';
import { databaseTrouble } from '@/lib/server/db/database-trouble';
import { PUBLIC_SLUG } from '@/lib/validations/public-pages';

// A published verdict's permalink, /p/{slug}/verdicts/{claimId} (decision 044): anyone may read
// it while the workspace's public pages are on, no sign-in and no token; the admin's opt-in is
// the authorization, as for the methodology and corrections log. Read from PostgreSQL on every
// request by the public pages' one statement (read-shared-rows.ts), so turning the pages off,
// unpublishing or deleting is seen by every instance at the next request.

/** A claim id as the database makes them (cuid), with the API's room for other shapes. */
const CLAIM_ID = /^[A-Za-z0-9_-]{1,64}$/;

export type PublicVerdictResult =
  | { state: 'live'; verdict: PublicVerdictRead }
  /** The pages were turned off after the verdict was published (410). */
  | { state: 'gone' }
  /** No such address, no such claim in that workspace, or a claim never published (404). */
  | { state: 'unknown' }
  | { state: 'unavailable' };

/** Whether these could be a public address and a claim id: anything else is a 404 without a lookup. */
export function looksLikeVerdictAddress(slug: string, claimId: string): boolean {
  return PUBLIC_SLUG.test(slug) && CLAIM_ID.test(claimId);
}

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
