import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { checkAddress } from './address-policy';
import { hostPortOf } from './allow-hosts';
import { FetchRefusal } from './fetch-failure';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Turns a host name into its addresses. Injected by tests, so that no test depends on DNS. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** The operating system's resolver (getaddrinfo, so /etc/hosts counts), every address it knows. */
export const systemResolver: Resolver = async (hostname) => {
  const answers = await lookup(hostname, { all: true, verbatim: true });
  return answers.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

export interface ResolveOptions {
  /** Normalised host:port pairs (see allow-hosts.ts) that may use any address. */
  allowHosts: readonly string[];
  resolve: Resolver;
}

/**
 * The one address we will connect to for `url`, or a FetchRefusal saying why not.
 *
 * The URL must already be WHATWG-parsed: that parser is what turns `2130706433`, `0177.0.0.1`,
 * `0x7f.1` and `127.1` into `127.0.0.1`, so literal addresses reach the check in one canonical
 * form. Host names are resolved here, by us, and *every* address in the answer must pass: a
 * name answering with one public and one private address is refused, because the connection
 * could otherwise end up on either. The caller then connects to the returned address itself.
 */
export async function resolveTarget(url: URL, options: ResolveOptions): Promise<ResolvedAddress> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const literal = isIP(host);
  const addresses = literal ? [{ address: host, family: literal === 6 ? 6 : 4 } as const] : await resolveName(host, options.resolve);
  if (options.allowHosts.includes(hostPortOf(url))) return addresses[0] as ResolvedAddress;

  for (const { address } of addresses) {
    const verdict = checkAddress(address);
    if (!verdict.allowed) {
      const subject = literal ? `${verdict.address} is` : `${host} resolves to ${verdict.address}, which is`;
      throw new FetchRefusal(
        'address_not_allowed',
        `Factdesk will not fetch ${url.origin}: ${subject} ${verdict.why}. Links may only point to public web sites.`,
      );
    }
  }
  return addresses[0] as ResolvedAddress;
}

async function resolveName(host: string, resolve: Resolver): Promise<ResolvedAddress[]> {
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolve(host);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail = code === 'ENOTFOUND' ? 'no such site exists' : `the name could not be looked up (${code ?? 'DNS error'})`;
    throw new FetchRefusal('dns_failed', `Could not find ${host}: ${detail}. Check the link for typos.`);
  }
  if (addresses.length === 0) {
    throw new FetchRefusal('dns_failed', `Could not find ${host}: the name has no addresses. Check the link for typos.`);
  }
  return addresses;
}
