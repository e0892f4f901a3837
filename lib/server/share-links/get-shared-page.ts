import 'server-only';
import { loadSharedPage } from './load-shared-page';
import type { SharedPageResult } from './shared-page';
import { shareTokens } from '@/lib/server/secret-tokens';
import { siteOrigin } from '@/lib/server/site-origin';
import { databaseTrouble } from '@/lib/server/db/database-trouble';

/**
 * What a public link shows, for anyone holding it (no sign-in): the token is the authorization.
 * Read from PostgreSQL on every request, with no cache in the process: every instance answers
 * the state of the last committed change (decision 032). Shapes that cannot be a token are
 * unknown without a lookup. `unavailable`: the database cannot be reached (a 503 to try again).
 */
export async function getSharedPage(token: string): Promise<SharedPageResult | { state: 'unavailable' }> {
  if (!shareTokens.looksLike(token)) return { state: 'unknown' };
  try {
    return await loadSharedPage(token, siteOrigin());
  } catch (error) {
    if (databaseTrouble(error) === 'unavailable') return { state: 'unavailable' };
    throw error;
  }
}
