import type { IncomingMessage } from 'node:http';
import { normalizeHostPort } from './allow-hosts';
import { decodeBody, mediaType } from './decode-body';
import { FetchRefusal, type FetchFailure } from './fetch-failure';
import { pinnedRequest, seconds } from './pinned-request';
import { readBody } from './read-body';
import { resolveTarget, systemResolver, type Resolver } from './resolve-target';

export { type FetchFailure, type FetchFailureCode } from './fetch-failure';

export interface SafeFetchOptions {
  /** Exact host:port pairs allowed to use private addresses (FACTDESK_IMPORT_ALLOW_HOSTS). */
  allowHosts?: readonly string[];
  /** For the whole fetch, redirects and body included. Default 10 s. */
  timeoutMs?: number;
  /** For each TCP connection to be established. Default 5 s. */
  connectTimeoutMs?: number;
  /** Largest body accepted, after decompression. Default 5 MB. */
  maxBytes?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** Media types accepted (default: HTML and plain text); the reference library adds JSON-LD. */
  acceptedTypes?: readonly string[];
  /** Host name resolution; tests inject one. Default: the system resolver. */
  resolve?: Resolver;
}

export interface FetchedPage {
  ok: true;
  /** The URL the page was finally served from, after redirects. */
  finalUrl: string;
  status: number;
  /** The media type without parameters: text/html, application/xhtml+xml or text/plain. */
  contentType: string;
  /** The charset the body was decoded with (WHATWG name, e.g. "windows-1252"). */
  charset: string;
  body: string;
  /** The body's bytes as received (transfer compression undone), before decoding to text. */
  bytes: Buffer;
  /** ISO 8601, when the final response arrived. */
  fetchedAt: string;
  /** Every URL that answered with a redirect, in the order followed. */
  redirects: string[];
}

export type SafeFetchResult = FetchedPage | FetchFailure;

const ACCEPTED_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain'];
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Fetch a web page a user pasted, without letting the link reach anything but the public web:
 * every URL (the first and each redirect) is parsed, its scheme checked, its host resolved by
 * us and every address vetted (resolve-target.ts), and the connection pinned to the vetted
 * address (pinned-request.ts). Never throws for anything the link or the site does.
 */
export async function safeFetchPage(link: string, options: SafeFetchOptions = {}): Promise<SafeFetchResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  try {
    return await follow(link, options, deadline.signal);
  } catch (error) {
    if (deadline.signal.aborted) {
      return { ok: false, code: 'timeout', message: `The site did not send the page within ${seconds(timeoutMs)}.` };
    }
    if (error instanceof FetchRefusal) return error.toFailure();
    const code = (error as NodeJS.ErrnoException).code ?? 'network error';
    return { ok: false, code: 'connection_failed', message: `Could not download the page: the connection failed (${code}).` };
  } finally {
    clearTimeout(timer);
  }
}

async function follow(link: string, options: SafeFetchOptions, signal: AbortSignal): Promise<FetchedPage> {
  const maxRedirects = options.maxRedirects ?? 5;
  const allowHosts = (options.allowHosts ?? []).flatMap((entry) => normalizeHostPort(entry) ?? []);
  const resolve = options.resolve ?? systemResolver;
  const redirects: string[] = [];
  let url = parseLink(link);

  for (;;) {
    // DNS cannot be cancelled, so the deadline races it instead.
    const target = await untilAborted(resolveTarget(url, { allowHosts, resolve }), signal);
    const response = await pinnedRequest(url, target, { signal, connectTimeoutMs: options.connectTimeoutMs ?? 5_000 });
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECT_STATUSES.has(status) && location) {
      response.destroy();
      if (redirects.length >= maxRedirects) {
        throw new FetchRefusal('too_many_redirects', `The link redirected more than ${maxRedirects} times; Factdesk stops there so that a redirect loop cannot keep it busy.`);
      }
      redirects.push(url.href);
      url = parseLink(location, url);
      continue;
    }
    return { ...(await readPage(response, status, options.maxBytes ?? 5 * 1024 * 1024, options.acceptedTypes ?? ACCEPTED_TYPES)), finalUrl: url.href, redirects };
  }
}

async function readPage(response: IncomingMessage, status: number, maxBytes: number, acceptedTypes: readonly string[]) {
  const header = response.headers['content-type'];
  const type = mediaType(header);
  if (status < 200 || status >= 300) {
    response.destroy();
    // The reason phrase is the site's own text: shortened, since it ends up in front of the user.
    const reason = response.statusMessage ? ` (${truncate(response.statusMessage, 60)})` : '';
    throw new FetchRefusal('http_error', `The site answered with HTTP ${status}${reason} instead of the page.`, status);
  }
  if (!type || !acceptedTypes.includes(type)) {
    response.destroy();
    const sent = type ? `“${type}”` : 'content without saying its type';
    const expected = acceptedTypes === ACCEPTED_TYPES ? 'Only HTML and plain-text pages can be imported.' : `Accepted: ${acceptedTypes.join(', ')}.`;
    throw new FetchRefusal('unsupported_type', `The link leads to ${sent}, not a web page. ${expected}`);
  }
  const fetchedAt = new Date().toISOString();
  const bytes = await readBody(response, maxBytes);
  const { text, charset } = decodeBody(bytes, header);
  return { ok: true as const, status, contentType: type, charset, body: text, bytes, fetchedAt };
}

/** A WHATWG-parsed http(s) URL, or a refusal. `base` resolves relative redirect targets. */
export function parseLink(link: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(link.trim(), base);
  } catch {
    throw new FetchRefusal('invalid_url', `“${truncate(link)}” is not a web address. Paste the full link, starting with https://.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const scheme = url.protocol.slice(0, -1);
    throw new FetchRefusal(
      'scheme_not_allowed',
      base
        ? `The site redirected to a “${scheme}:” link; only http and https links can be imported.`
        : `Only http and https links can be imported, not “${scheme}:” links.`,
    );
  }
  // Credentials in a link would be sent to the site (and to any redirect target) and stored with the article.
  if (url.username || url.password) {
    throw new FetchRefusal('invalid_url', 'Links with a user name or password in them cannot be imported.');
  }
  return url;
}

/** Rejects when the deadline passes first: DNS cannot be cancelled, so the deadline races it. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new Error('aborted'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function truncate(text: string, length = 200): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
