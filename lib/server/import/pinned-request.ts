import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { FetchRefusal } from './fetch-failure';
import type { ResolvedAddress } from './resolve-target';

const HEADERS = {
  'user-agent': 'Mozilla/5.0 (compatible; Factdesk/0.1; +fact-checking article import)',
  accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8',
  'accept-encoding': 'gzip, deflate, br',
};

export interface PinnedRequestOptions {
  /** Aborts the request and its body: the caller's total deadline. */
  signal: AbortSignal;
  connectTimeoutMs: number;
  /** A POST instead of the page GET (webhook deliveries), with its own headers and body. */
  post?: { headers: Record<string, string>; body: string };
  /** A GET with headers of its own instead of the page import's (Save Page Now's status). */
  headers?: Record<string, string>;
}

/**
 * GET `url` over a connection to `target`, the address we vetted, never to whatever the name
 * resolves to a moment later: a DNS-rebinding attacker who answers our check with a public
 * address and the connection with 127.0.0.1 never gets that second look-up. The URL still
 * carries the name, so the Host header, TLS SNI and certificate check use the real host.
 * Resolves with the response once its headers arrive; the caller reads or discards the body.
 */
export function pinnedRequest(url: URL, target: ResolvedAddress, options: PinnedRequestOptions): Promise<IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(url, {
      method: options.post ? 'POST' : 'GET',
      headers: options.post?.headers ?? options.headers ?? HEADERS,
      // No keep-alive pool: a pooled socket could be reused for a later, differently vetted request.
      agent: false,
      lookup: pinnedLookup(target),
      signal: options.signal,
    });
    const connectTimer = setTimeout(() => {
      request.destroy(
        new FetchRefusal('timeout', `Could not connect to ${url.host} within ${seconds(options.connectTimeoutMs)}.`),
      );
    }, options.connectTimeoutMs);
    request.once('socket', (socket) => socket.once('connect', () => clearTimeout(connectTimer)));
    request.once('response', (response) => {
      clearTimeout(connectTimer);
      resolve(response);
    });
    // `on`, not `once`: a late second error (abort after a socket error) must not go unhandled.
    request.on('error', (error) => {
      clearTimeout(connectTimer);
      reject(error);
    });
    request.end(options.post?.body);
  });
}

/** A DNS look-up that can only ever answer the vetted address (with or without `all`). */
function pinnedLookup({ address, family }: ResolvedAddress): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as LookupFunction;
}

export function seconds(ms: number): string {
  const value = ms / 1000;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} second${value === 1 ? '' : 's'}`;
}
