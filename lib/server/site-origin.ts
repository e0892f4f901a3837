import 'server-only';
import { getEnv } from '@/lib/env';

// The one place that knows the app's public origin: links that leave it (share links,
// invitations, emails, exports), better-auth's baseURL and trusted origins, the secure flag of
// cookies, and the same-origin check of cookie-authenticated writes all ask here.

function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** FACTDESK_URL (or BETTER_AUTH_URL) as an origin, or null when neither is set. */
export function configuredOrigin(): string | null {
  const env = getEnv();
  const url = env.FACTDESK_URL ?? env.BETTER_AUTH_URL;
  return url ? originOf(url) : null;
}

/** FACTDESK_TRUSTED_ORIGINS: other origins allowed to sign in and write (a second instance). */
export function extraTrustedOrigins(): string[] {
  const list = getEnv().FACTDESK_TRUSTED_ORIGINS ?? '';
  return list
    .split(',')
    .map((entry) => originOf(entry.trim()))
    .filter((origin): origin is string => origin !== null);
}

/** Forwarded headers are believed only when a proxy of ours is configured to set them. */
function behindTrustedProxy(): boolean {
  const env = getEnv();
  return Boolean(env.FACTDESK_CLIENT_IP_HEADER || env.FACTDESK_TRUSTED_PROXY_HOPS);
}

function firstValue(value: string | null): string | null {
  return value?.split(',')[0]?.trim() || null;
}

/**
 * The origin the request came in on: its Host, with the scheme the server serves (`next start`
 * serves http). X-Forwarded-Host and -Proto count only behind a configured proxy.
 */
export function requestOrigin(headers: Headers): string | null {
  const trusted = behindTrustedProxy();
  const host = (trusted && firstValue(headers.get('x-forwarded-host'))) || headers.get('host');
  if (!host) return null;
  const proto = (trusted && firstValue(headers.get('x-forwarded-proto'))) || 'http';
  if (proto !== 'http' && proto !== 'https') return null;
  return originOf(`${proto}://${host}`);
}

/**
 * The instance's public origin, for links that leave it: the configured one, else the origin of
 * the request (when there is one), else http://localhost:3000.
 */
export function siteOrigin(headers?: Headers): string {
  return configuredOrigin() ?? (headers && requestOrigin(headers)) ?? 'http://localhost:3000';
}

/** Origins a cookie-authenticated write may come from. */
export function allowedOrigins(headers: Headers): string[] {
  const configured = configuredOrigin();
  if (configured) return [configured, ...extraTrustedOrigins()];
  const own = requestOrigin(headers);
  return own ? [own, ...extraTrustedOrigins()] : extraTrustedOrigins();
}

/** Whether cookies should be marked Secure: the public origin is https. */
export function servedOverHttps(): boolean {
  return configuredOrigin()?.startsWith('https:') ?? false;
}
