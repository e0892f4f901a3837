import 'server-only';
import { PUBLIC_SLUG } from '@/lib/validations/public-pages';

// Apart from get-public-verdict.ts so that the public archive (evidence-archive/public-archive.ts)
// can check an address without importing the public pages' statement module, which imports it in
// turn: that cycle left the statement's SQL reading the archive's fragment before it existed.

/** A claim id as the database makes them (cuid), with the API's room for other shapes. */
const CLAIM_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Whether these could be a public address and a claim id: anything else is a 404 without a lookup. */
export function looksLikeVerdictAddress(slug: string, claimId: string): boolean {
  return PUBLIC_SLUG.test(slug) && CLAIM_ID.test(claimId);
}
