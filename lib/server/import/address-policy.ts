import ipaddr from 'ipaddr.js';

/**
 * Which IP addresses a link import may connect to. The rule is an allow-list: only addresses that
 * ipaddr.js classifies as ordinary public `unicast` pass. Anything else (loopback, RFC 1918, CGNAT,
 * link-local with the cloud metadata service, multicast, broadcast, reserved and documentation
 * ranges, IPv6 unique-local, tunnels) could let a pasted link reach Factdesk's own machine or
 * network (server-side request forgery), so a new special range is refused until someone decides
 * otherwise, instead of allowed until someone notices.
 */

/** A refusal names the address and why, finishing the sentence "<address> is <why>". */
export type AddressVerdict = { allowed: true } | { allowed: false; address: string; why: string };

const CLOUD_METADATA = '169.254.169.254';

// Why each range is refused, phrased to finish the sentence "… is …".
const RANGE_REASONS: Record<string, string> = {
  loopback: 'a loopback address (this server itself)',
  unspecified: 'an unspecified address, which reaches this server itself',
  private: 'a private network address (RFC 1918)',
  carrierGradeNat: 'a carrier-grade NAT address (100.64.0.0/10), inside a provider’s private network',
  linkLocal: 'a link-local address, only reachable on the server’s own network segment',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  reserved: 'reserved for special use or documentation',
  uniqueLocal: 'a private IPv6 address (fc00::/7)',
  deprecatedSiteLocal: 'a site-local IPv6 address, private to the server’s network',
  '6to4': 'an IPv6 tunnel address (6to4) that can carry traffic into IPv4 networks',
  teredo: 'an IPv6 tunnel address (Teredo) that can carry traffic into IPv4 networks',
  rfc6052: 'a local NAT64 address',
};

/** Decide whether `ip` (a plain IPv4 or IPv6 address, no brackets) may be connected to. */
export function checkAddress(ip: string): AddressVerdict {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(canonical(ip));
  } catch {
    return { allowed: false, address: ip, why: 'not an IP address' };
  }
  return parsed.kind() === 'ipv4' ? checkIPv4(parsed as ipaddr.IPv4) : checkIPv6(parsed as ipaddr.IPv6);
}

/**
 * IPv6 text with a dotted tail goes through the WHATWG parser first: ipaddr.js reads
 * "::8.8.8.8" as the mapped ::ffff:8.8.8.8, while the address really is ::808:808.
 */
function canonical(ip: string): string {
  if (!ip.includes(':') || !ip.includes('.')) return ip;
  try {
    return new URL(`http://[${ip}]/`).hostname.slice(1, -1);
  } catch {
    return ip;
  }
}

function checkIPv4(address: ipaddr.IPv4): AddressVerdict {
  const text = address.toString();
  if (text === CLOUD_METADATA) {
    return refuse(text, 'the cloud metadata address, which hands out this server’s credentials');
  }
  const range = address.range();
  return range === 'unicast' ? { allowed: true } : refuse(text, describe(range));
}

function checkIPv6(address: ipaddr.IPv6): AddressVerdict {
  const range: string = address.range();
  const embedded = embeddedIPv4(address, range);
  if (embedded) {
    // ::ffff:127.0.0.1 or 64:ff9b::a9fe:a9fe reach the IPv4 address inside, so that address decides.
    const inner = checkIPv4(embedded);
    if (inner.allowed) return inner;
    return refuse(address.toString(), `a form of ${embedded.toString()}, which is ${innerReason(embedded)}`);
  }
  if (range !== 'unicast') return refuse(address.toString(), describe(range));
  // ::a.b.c.d ("IPv4-compatible", deprecated) is classed unicast, but some stacks still route it
  // to the IPv4 address, and no public host is reached that way.
  if (address.parts.slice(0, 6).every((part) => part === 0)) {
    return refuse(address.toString(), 'a deprecated IPv4-compatible IPv6 address');
  }
  return { allowed: true };
}

/**
 * The IPv4 address an IPv6 form stands for: IPv4-mapped (::ffff:0:0/96), SIIT (::ffff:0:0:0/96) and
 * the well-known NAT64 prefix (64:ff9b::/96) all carry it in the last 32 bits. The NAT64
 * local-use prefix (64:ff9b:1::/48) may embed it anywhere, so it is refused as a whole instead.
 */
function embeddedIPv4(address: ipaddr.IPv6, range: string): ipaddr.IPv4 | undefined {
  const [, , p2, p3, p4, p5, p6, p7] = address.parts;
  const wellKnownNat64 = range === 'rfc6052' && p2 === 0 && p3 === 0 && p4 === 0 && p5 === 0;
  if (range !== 'ipv4Mapped' && range !== 'rfc6145' && !wellKnownNat64) return undefined;
  const high = p6 ?? 0;
  const low = p7 ?? 0;
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

function innerReason(address: ipaddr.IPv4): string {
  return address.toString() === CLOUD_METADATA ? 'the cloud metadata address' : describe(address.range());
}

function describe(range: string): string {
  return RANGE_REASONS[range] ?? `a special-purpose address (${range})`;
}

function refuse(address: string, why: string): AddressVerdict {
  return { allowed: false, address, why };
}
