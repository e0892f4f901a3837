import { describe, expect, it } from 'vitest';
import type { Resolver } from './resolve-target';
import { safeFetchPage } from './safe-fetch';

/** Every name resolves to 127.0.0.1, as a hostile DNS server might answer. */
const inward: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];

describe('safeFetchPage refuses bad links before connecting', () => {
  it.each([
    ['not a link', 'invalid_url'],
    ['https://user:secret@news.example.test/', 'invalid_url'],
    ['file:///etc/passwd', 'scheme_not_allowed'],
    ['ftp://news.example.test/story', 'scheme_not_allowed'],
    ['javascript:alert(1)', 'scheme_not_allowed'],
    ['gopher://127.0.0.1:6379/_INFO', 'scheme_not_allowed'],
    ['http://2130706433/', 'address_not_allowed'],
    ['http://0177.0.0.1/', 'address_not_allowed'],
    ['http://[::1]/', 'address_not_allowed'],
    ['http://169.254.169.254/latest/meta-data/', 'address_not_allowed'],
    ['http://metadata.example.test/', 'address_not_allowed'],
  ])('%s → %s', async (link, code) => {
    const result = await safeFetchPage(link, { resolve: inward });
    expect(result).toMatchObject({ ok: false, code });
    expect(!result.ok && result.message.length).toBeGreaterThan(20);
  });
});
