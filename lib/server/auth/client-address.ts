import 'server-only';
import { isIP } from 'node:net';
import { getEnv } from '@/lib/env';

// The client's address, for the sign-in throttle and better-auth's rate limiter: one rule for
// both (docs/decisions/018-sign-in-throttle-and-origin-check.md).
// - FACTDESK_CLIENT_IP_HEADER: the header our proxy sets (x-real-ip); nothing else is read.
// - FACTDESK_TRUSTED_PROXY_HOPS = N: X-Forwarded-For, N entries from the right. Each proxy of ours
//   appends the address it was reached from, so those N are true; whatever is further left was
//   written by the client. Never the leftmost entry, which anyone can forge.
// - Neither: the rightmost X-Forwarded-For entry, which is the socket peer when the app is reached
//   directly (Next fills the header only when the client sent none) and the client's own claim
//   otherwise. Unconfigured, an address can be chosen; the per-account cap still holds.
// Next's Route Handlers do not expose the socket, so the header Next fills is the only way to it.

/** The header the auth handler sets to the resolved address, for better-auth's rate limiter. */
export const CLIENT_ADDRESS_HEADER = 'x-factdesk-client-address';

export type ClientAddressRule = { header?: string; proxyHops?: number };

function normaliseAddress(value: string | undefined): string | null {
  if (!value) return null;
  let address = value.trim().toLowerCase();
  // "[2001:db8::1]:443" and "192.0.2.1:443", as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  if (address.startsWith('::ffff:') && isIP(address.slice(7)) === 4) address = address.slice(7);
  return isIP(address) ? address : null;
}

/** The client address by the configured rule, or null when the request carries none. */
export function clientAddressFrom(headers: Headers, rule: ClientAddressRule): string | null {
  if (rule.header) return normaliseAddress(headers.get(rule.header)?.split(',').at(-1));
  const entries = (headers.get('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return null;
  // Fewer entries than proxies: the request skipped one of them; the furthest one known is kept.
  const hops = rule.proxyHops ?? 1;
  return normaliseAddress(entries[Math.max(0, entries.length - hops)]);
}

export function clientAddress(headers: Headers): string | null {
  const env = getEnv();
  return clientAddressFrom(headers, { header: env.FACTDESK_CLIENT_IP_HEADER, proxyHops: env.FACTDESK_TRUSTED_PROXY_HOPS });
}

/**
 * The request's headers with CLIENT_ADDRESS_HEADER set to the resolved address (or removed, so a
 * client cannot supply its own): better-auth reads only that header.
 */
export function withClientAddress(headers: Headers): Headers {
  const copy = new Headers(headers);
  const address = clientAddress(headers);
  if (address) copy.set(CLIENT_ADDRESS_HEADER, address);
  else copy.delete(CLIENT_ADDRESS_HEADER);
  return copy;
}
