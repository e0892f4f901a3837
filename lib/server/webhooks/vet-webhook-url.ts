import 'server-only';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { hostPortOf, parseAllowHosts } from '@/lib/server/import/allow-hosts';
import { FetchRefusal } from '@/lib/server/import/fetch-failure';
import { resolveTarget, systemResolver, type ResolvedAddress } from '@/lib/server/import/resolve-target';
import { parseLink } from '@/lib/server/import/safe-fetch';

export type VettedEndpoint = { url: URL; target: ResolvedAddress };

/**
 * The address a delivery may connect to, vetted exactly as an import link is (decision 007):
 * WHATWG-parsed, no credentials, every resolved address public unicast unless the exact
 * host:port is in FACTDESK_IMPORT_ALLOW_HOSTS. Webhooks add one rule: in production they go
 * over https, plain http only to an allow-listed host:port. Run at registration and again at
 * every attempt (a name may resolve elsewhere by then). Throws a FetchRefusal saying why.
 */
export async function vetWebhookUrl(link: string): Promise<VettedEndpoint> {
  const url = parseLink(link);
  const allowHosts = parseAllowHosts(process.env.FACTDESK_IMPORT_ALLOW_HOSTS);
  // The address first: an inward target is refused as such, whatever its scheme.
  const target = await resolveTarget(url, { allowHosts, resolve: systemResolver });
  if (url.protocol === 'http:' && getEnv().NODE_ENV === 'production' && !allowHosts.includes(hostPortOf(url))) {
    throw new FetchRefusal('scheme_not_allowed', 'Webhooks are sent over https only: give an https:// address.');
  }
  return { url, target };
}

const REGISTRATION_TIMEOUT_MS = 5_000;

/** At registration: a refused address is the admin's to fix, a 422 with the reason's code. */
export async function requireWebhookUrl(link: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new FetchRefusal('dns_failed', 'The address’s name could not be looked up in time.')), REGISTRATION_TIMEOUT_MS);
  });
  try {
    await Promise.race([vetWebhookUrl(link), slow]);
  } catch (error) {
    if (!(error instanceof FetchRefusal)) throw error;
    throw new AppError('unprocessable', error.message, { fields: { url: [error.message] }, details: { reason: error.code } });
  } finally {
    clearTimeout(timer);
  }
}
