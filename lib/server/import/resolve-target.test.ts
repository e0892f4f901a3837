import { describe, expect, it } from 'vitest';
import { parseAllowHosts } from './allow-hosts';
import { FetchRefusal } from './fetch-failure';
import { resolveTarget, type ResolvedAddress, type Resolver } from './resolve-target';

const noDns: Resolver = async (host) => {
  throw new Error(`DNS must not be asked about literal addresses (asked for ${host})`);
};

function answering(...addresses: string[]): Resolver {
  return async () => addresses.map((address): ResolvedAddress => ({ address, family: address.includes(':') ? 6 : 4 }));
}

async function refusal(link: string, resolve: Resolver = noDns, allowHosts: string[] = []): Promise<FetchRefusal> {
  const error = await resolveTarget(new URL(link), { allowHosts, resolve }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FetchRefusal);
  return error as FetchRefusal;
}

describe('resolveTarget', () => {
  // Each of these is 127.0.0.1, 0.0.0.0, ::1 or the metadata service in disguise; the WHATWG URL
  // parser undoes the disguise before the check sees it.
  it.each([
    ['http://2130706433/', '127.0.0.1'], // decimal
    ['http://0x7f000001/', '127.0.0.1'], // hex
    ['http://0177.0.0.1/', '127.0.0.1'], // octal
    ['http://017700000001/', '127.0.0.1'], // octal, one number
    ['http://0x7f.0.0.1/', '127.0.0.1'], // hex first part
    ['http://127.1/', '127.0.0.1'], // short form
    ['http://127.0.0.1./', '127.0.0.1'], // trailing dot
    ['http://0/', '0.0.0.0'],
    ['http://[::1]/', '::1'],
    ['http://[0:0:0:0:0:0:0:1]:8080/', '::1'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
    ['http://[::ffff:7f00:1]/', '::ffff:7f00:1'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['http://2852039166/', '169.254.169.254'],
    ['http://[::ffff:169.254.169.254]/', '::ffff:a9fe:a9fe'],
    ['http://[64:ff9b::169.254.169.254]/', '64:ff9b::a9fe:a9fe'],
    ['https://10.0.0.1/', '10.0.0.1'],
    ['http://[fd00::1]/', 'fd00::1'],
    ['http://[fe80::1]/', 'fe80::1'],
  ])('refuses the literal address in %s', async (link, address) => {
    const error = await refusal(link);
    expect(error.code).toBe('address_not_allowed');
    expect(error.message).toContain(`${address} is`);
    expect(error.message).toContain('Links may only point to public web sites');
  });

  it('connects to a public literal address without asking DNS', async () => {
    await expect(resolveTarget(new URL('http://93.184.216.34/'), { allowHosts: [], resolve: noDns })).resolves.toEqual({
      address: '93.184.216.34',
      family: 4,
    });
  });

  it.each([
    [['127.0.0.1']],
    [['10.0.0.5']],
    [['169.254.169.254']],
    [['::1']],
    [['::ffff:192.168.0.1']],
    [['93.184.216.34', '10.0.0.5']], // one inward answer is enough to refuse
    [['2606:4700::1', 'fd00::2']],
  ])('refuses a host name that resolves inward (%j)', async (addresses) => {
    const error = await refusal('https://news.example.test/story', answering(...addresses));
    expect(error.code).toBe('address_not_allowed');
    expect(error.message).toMatch(/^Factdesk will not fetch https:\/\/news\.example\.test: news\.example\.test resolves to \S+, which is /);
  });

  it('returns the first vetted address of a public host name', async () => {
    const target = await resolveTarget(new URL('https://news.example.test/'), {
      allowHosts: [],
      resolve: answering('2606:4700::1', '93.184.216.34'),
    });
    expect(target).toEqual({ address: '2606:4700::1', family: 6 });
  });

  it('says when a name does not resolve', async () => {
    const notFound: Resolver = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    const error = await refusal('https://no-such-site.example.test/', notFound);
    expect(error.code).toBe('dns_failed');
    expect(error.message).toBe('Could not find no-such-site.example.test: no such site exists. Check the link for typos.');
    expect((await refusal('https://empty.example.test/', answering())).code).toBe('dns_failed');
  });

  it('lets only the exact allow-listed host:port pair use a private address', async () => {
    const allowHosts = parseAllowHosts('127.0.0.1:4010, Archive.Intranet.test:8080');
    await expect(resolveTarget(new URL('http://127.0.0.1:4010/a'), { allowHosts, resolve: noDns })).resolves.toMatchObject({
      address: '127.0.0.1',
    });
    await expect(
      resolveTarget(new URL('http://archive.intranet.test:8080/'), { allowHosts, resolve: answering('10.1.1.1') }),
    ).resolves.toMatchObject({ address: '10.1.1.1' });
    expect((await refusal('http://127.0.0.1:5432/', noDns, allowHosts)).code).toBe('address_not_allowed');
    expect((await refusal('http://127.0.0.1/', noDns, allowHosts)).code).toBe('address_not_allowed');
    expect((await refusal('http://archive.intranet.test/', answering('10.1.1.1'), allowHosts)).code).toBe('address_not_allowed');
  });
});

describe('parseAllowHosts', () => {
  it('normalises host:port pairs and refuses anything else readably', () => {
    expect(parseAllowHosts(' 127.0.0.1:80 ,[::1]:3000,,Example.TEST:443')).toEqual(['127.0.0.1:80', '[::1]:3000', 'example.test:443']);
    expect(parseAllowHosts(undefined)).toEqual([]);
    expect(() => parseAllowHosts('localhost')).toThrow('“localhost” is not a host:port pair');
    expect(() => parseAllowHosts('http://x.test:80/path')).toThrow('not a host:port pair');
  });
});
