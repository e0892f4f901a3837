import 'server-only';
import { loadSharedPage } from './load-shared-page';
import { readSharedPage, storeSharedPage } from './shared-page-cache';
import type { SharedPageResult } from './shared-page';
import { shareTokens } from '@/lib/server/secret-tokens';
import { siteOrigin } from '@/lib/server/site-origin';

// Concurrent first views of one link share a single database read.
const inFlight = new Map<string, { read: Promise<SharedPageResult>; startedAt: number }>();

/**
 * What a public link shows, for anyone holding it (no sign-in): the token is the authorization.
 * Served from the short-lived per-instance cache when possible.
 */
export async function getSharedPage(token: string): Promise<SharedPageResult> {
  if (!shareTokens.looksLike(token)) return { state: 'unknown' };
  const tokenHash = shareTokens.hash(token);
  const cached = readSharedPage(tokenHash);
  if (cached) return cached;
  let pending = inFlight.get(tokenHash);
  if (!pending) {
    const startedAt = Date.now();
    pending = { read: loadSharedPage(token, siteOrigin()).finally(() => inFlight.delete(tokenHash)), startedAt };
    inFlight.set(tokenHash, pending);
  }
  const result = await pending.read;
  storeSharedPage(tokenHash, result, pending.startedAt);
  return result;
}
