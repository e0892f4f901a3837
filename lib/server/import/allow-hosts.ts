/**
 * The admin's allow-list (FACTDESK_IMPORT_ALLOW_HOSTS): exact `host:port` pairs whose addresses
 * skip the private-address check, e.g. an intranet news archive, or the local server a test
 * imports from. Exact pairs, not whole hosts or ranges, so allowing `127.0.0.1:4010` does not
 * open the database on 127.0.0.1:5432 to a pasted link.
 */

/** "Example.TEST:80" → "example.test:80", "[::1]:8080" → "[::1]:8080"; undefined if not host:port. */
export function normalizeHostPort(entry: string): string | undefined {
  const trimmed = entry.trim();
  if (!/:\d+$/.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(`http://${trimmed}/`);
  } catch {
    return undefined;
  }
  // The URL parser drops the scheme's default port, which is still part of the pair.
  const port = url.port || '80';
  return url.username || url.password || url.pathname !== '/' ? undefined : `${url.hostname}:${port}`;
}

/** Parse the comma-separated setting; throws a readable error for an entry that is not host:port. */
export function parseAllowHosts(value: string | undefined): string[] {
  const entries = (value ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  return entries.map((entry) => {
    const normalized = normalizeHostPort(entry);
    if (!normalized) {
      throw new Error(`FACTDESK_IMPORT_ALLOW_HOSTS: “${entry}” is not a host:port pair, e.g. 127.0.0.1:4010`);
    }
    return normalized;
  });
}

/** The host:port pair a URL connects to, in the allow-list's form. */
export function hostPortOf(url: URL): string {
  return `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
}
