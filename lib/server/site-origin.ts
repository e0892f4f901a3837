import 'server-only';
import { getEnv } from '@/lib/env';

/**
 * The instance's public origin, for links that leave it (share links, invitations): the
 * configured one (FACTDESK_URL, as the exports use, or BETTER_AUTH_URL), else the origin the
 * request came in on.
 */
export function siteOrigin(requestOrigin?: string): string {
  const env = getEnv();
  const origin = env.FACTDESK_URL ?? env.BETTER_AUTH_URL ?? requestOrigin ?? 'http://localhost:3000';
  return origin.replace(/\/+$/, '');
}
