import { RETRY_AFTER_SECONDS } from '@/lib/server/db/database-trouble';

// The page a browser gets while the database is out of reach (proxy.ts): 503 with Retry-After,
// so that monitors, load balancers and crawlers see an outage rather than a page, in words a
// member understands, with nothing to load (no script, no stylesheet, no font) and a way to try
// again. The signed-in pages stream, so once rendering starts their status is 200 whatever
// happens; this answer comes before.
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

const HTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Try again in a moment · Factdesk</title>
<style>
  body { margin: 0; font-family: system-ui, sans-serif; background: #fafaf9; color: #1c1917; }
  main { max-width: 36rem; margin: 4rem auto; padding: 0 1rem; text-align: center; }
  h1 { font-size: 1.25rem; }
  p { color: #44403c; }
  a { display: inline-block; margin-top: 1.5rem; padding: 0.5rem 1rem; border-radius: 0.375rem; background: #1c1917; color: #fff; text-decoration: none; }
  a:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
</style>
</head>
<body>
<main role="alert">
<h1>Factdesk can’t reach its database</h1>
<p>Nothing is lost: try again in a moment.</p>
<a href="">Try again</a>
</main>
</body>
</html>
`;

export function outagePageResponse(): Response {
  return new Response(HTML, {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Retry-After': String(RETRY_AFTER_SECONDS),
      'Content-Security-Policy': POLICY,
    },
  });
}
