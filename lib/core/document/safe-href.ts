import { LINK_PROTOCOLS } from './types';

/**
 * Turn an href from imported HTML into an absolute URL we are willing to render, or undefined.
 *
 * Node's URL is the WHATWG parser browsers use, so the obfuscations that fool regex filters
 * (tabs or newlines inside "java\tscript:", leading control characters, mixed case, entities
 * already decoded by the HTML parser) are resolved exactly as a browser would resolve them
 * before we look at the protocol. Relative links only make sense against the page they came
 * from: without `baseUrl` they would point into Factdesk itself, so they are dropped. In-page
 * links ("#", "#comments", "") are dropped too: the frozen copy has no such anchors.
 */
export function safeHref(raw: string, baseUrl?: string): string | undefined {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return undefined;
  let url: URL;
  try {
    url = baseUrl === undefined ? new URL(raw) : new URL(raw, baseUrl);
  } catch {
    return undefined;
  }
  return (LINK_PROTOCOLS as readonly string[]).includes(url.protocol) ? url.href : undefined;
}
