// Where to send someone after signing in or up. Only a path on this site: an open redirect
// would let a phishing link borrow our sign-in page to send people elsewhere.

const BASE = 'http://factdesk.invalid';

export function safeNextPath(value: unknown, fallback = '/articles'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.length > 2048) return fallback;
  // Browsers read "/\evil.example" as "//evil.example"; control characters are stripped by them.
  if (value.startsWith('//') || value.includes('\\') || /[\u0000-\u001f\u007f]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
