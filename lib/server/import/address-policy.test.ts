import { describe, expect, it } from 'vitest';
import { checkAddress } from './address-policy';

describe('checkAddress', () => {
  it.each([
    ['93.184.216.34'],
    ['8.8.8.8'],
    ['1.1.1.1'],
    ['2606:4700:4700::1111'],
    ['2a00:1450:4001:80b::200e'],
    ['::ffff:93.184.216.34'], // IPv4-mapped form of a public address
    ['64:ff9b::5db8:d822'], // NAT64 of 93.184.216.34
  ])('lets the public address %s through', (ip) => {
    expect(checkAddress(ip)).toEqual({ allowed: true });
  });

  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private network'],
    ['172.16.5.4', 'private network'],
    ['172.31.255.255', 'private network'],
    ['192.168.1.1', 'private network'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.254', 'carrier-grade NAT'],
    ['169.254.169.254', 'cloud metadata'],
    ['169.254.1.1', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['192.0.2.10', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['febf::1', 'link-local'],
    ['fc00::1', 'private IPv6'],
    ['fd12:3456:789a::1', 'private IPv6'],
    ['ff02::1', 'multicast'],
    ['fec0::1', 'site-local'],
    ['::ffff:127.0.0.1', 'a form of 127.0.0.1, which is a loopback'],
    ['::ffff:7f00:1', 'a form of 127.0.0.1'],
    ['::ffff:a9fe:a9fe', 'a form of 169.254.169.254, which is the cloud metadata'],
    ['::ffff:10.1.2.3', 'a form of 10.1.2.3, which is a private network'],
    ['::ffff:0:7f00:1', 'a form of 127.0.0.1'], // SIIT (RFC 6145)
    ['64:ff9b::7f00:1', 'a form of 127.0.0.1'], // NAT64 well-known prefix
    ['64:ff9b::a9fe:a9fe', 'a form of 169.254.169.254'],
    ['64:ff9b::c0a8:101', 'a form of 192.168.1.1'],
    ['64:ff9b:1::7f00:1', 'local NAT64'],
    ['2002:7f00:1::1', '6to4'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'Teredo'],
    ['::127.0.0.1', 'IPv4-compatible'],
    ['::8.8.8.8', 'IPv4-compatible'],
    ['2001:db8::1', 'reserved'],
  ])('refuses %s (%s)', (ip, why) => {
    const verdict = checkAddress(ip);
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) expect(verdict.why).toContain(why);
  });

  it('refuses what is not an address at all', () => {
    expect(checkAddress('example.test')).toMatchObject({ allowed: false, why: 'not an IP address' });
  });
});
