import 'server-only';
import { getEnv } from '@/lib/env';
import type { ShareKindValue } from '@/lib/validations/share-link';

/**
 * The instance's public origin: the configured one (FACTDESK_URL, as the exports use, or
 * BETTER_AUTH_URL), else the origin the request came in on.
 */
export function siteOrigin(requestOrigin?: string): string {
  const env = getEnv();
  const origin = env.FACTDESK_URL ?? env.BETTER_AUTH_URL ?? requestOrigin ?? 'http://localhost:3000';
  return origin.replace(/\/+$/, '');
}

/** `/v/{token}` shows one verdict, `/r/{token}` an article's review. */
export function sharePath(kind: ShareKindValue, token: string): string {
  return `/${kind === 'claim' ? 'v' : 'r'}/${token}`;
}

export function shareUrl(origin: string, kind: ShareKindValue, token: string): string {
  return `${origin}${sharePath(kind, token)}`;
}
