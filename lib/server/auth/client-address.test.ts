import { describe, expect, it, vi } from 'vitest';
import { clientAddressFrom } from './client-address';

// The module is server-only; this test is its server.
vi.mock('server-only', () => ({}));

const forwarded = (value: string) => new Headers({ 'x-forwarded-for': value });

describe('the client address', () => {
  it('behind a CDN and nginx (2 hops) is the entry the CDN appended, whatever the client wrote before it', () => {
    expect(clientAddressFrom(forwarded('203.0.113.7, 192.0.2.10'), { proxyHops: 2 })).toBe('203.0.113.7');
    expect(clientAddressFrom(forwarded('6.6.6.6, 203.0.113.8, 192.0.2.10'), { proxyHops: 2 })).toBe('203.0.113.8');
  });

  it('behind one proxy is the rightmost entry, never the forgeable leftmost', () => {
    expect(clientAddressFrom(forwarded('6.6.6.6, 198.51.100.4'), { proxyHops: 1 })).toBe('198.51.100.4');
    expect(clientAddressFrom(forwarded('198.51.100.4'), {})).toBe('198.51.100.4');
  });

  it('keeps the furthest entry when the request came through fewer proxies than configured', () => {
    expect(clientAddressFrom(forwarded('198.51.100.4'), { proxyHops: 2 })).toBe('198.51.100.4');
  });

  it('reads only the configured header when there is one', () => {
    const headers = new Headers({ 'x-real-ip': '198.51.100.9', 'x-forwarded-for': '6.6.6.6' });
    expect(clientAddressFrom(headers, { header: 'x-real-ip' })).toBe('198.51.100.9');
    expect(clientAddressFrom(forwarded('198.51.100.9'), { header: 'x-real-ip' })).toBeNull();
  });

  it('normalises ports, brackets and mapped IPv4, and refuses what is not an address', () => {
    expect(clientAddressFrom(forwarded('[2001:DB8::1]:443'), {})).toBe('2001:db8::1');
    expect(clientAddressFrom(forwarded('192.0.2.1:8080'), {})).toBe('192.0.2.1');
    expect(clientAddressFrom(forwarded('::ffff:192.0.2.1'), {})).toBe('192.0.2.1');
    expect(clientAddressFrom(forwarded('unknown'), {})).toBeNull();
    expect(clientAddressFrom(new Headers(), {})).toBeNull();
  });
});
