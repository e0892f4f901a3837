import 'server-only';
import { readSharedLink, type SharedLinkRead } from './read-shared-rows';
import { shareTokens } from '@/lib/server/secret-tokens';
import { databaseTrouble } from '@/lib/server/db/database-trouble';

export type SharedLinkResult =
  | { state: 'live'; link: SharedLinkRead }
  /** Revoked or expired (410). */
  | { state: 'gone' }
  /** Never existed (404). */
  | { state: 'unknown' }
  /** The database cannot be reached (a 503 to try again). */
  | { state: 'unavailable' };

/**
 * The link a token opens, for anyone holding it (no sign-in): the token is the authorization.
 * Read from PostgreSQL on every request with the document of what it shows (read-shared-rows.ts),
 * so every instance answers the state of the last committed change (decision 032). Shapes that
 * cannot be a token are unknown without a lookup.
 */
export async function getSharedLink(token: string): Promise<SharedLinkResult> {
  if (!shareTokens.looksLike(token)) return { state: 'unknown' };
  try {
    const link = await readSharedLink(shareTokens.hash(token));
    if (!link) return { state: 'unknown' };
    if (link.revokedAt || (link.expiresAt && link.expiresAt.getTime() <= Date.now())) return { state: 'gone' };
    return { state: 'live', link };
  } catch (error) {
    if (databaseTrouble(error) === 'unavailable') return { state: 'unavailable' };
    throw error;
  }
}
