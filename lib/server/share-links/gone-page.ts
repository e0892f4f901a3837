import 'server-only';
import { CSP_HEADER } from '@/lib/server/security/content-security-policy';

// The page a revoked or expired link answers, with status 410. Next 16 does not keep the status of
// a proxy rewrite to an App Router page (it renders the page with 200), so the proxy answers
// with this self-contained document instead: no app stylesheet, no script, readable anywhere.
const GONE_HTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Link no longer available</title>
<style>
  body { margin: 0; background: #fafaf9; color: #1c1917; font: 16px/1.6 ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
  main { max-width: 36rem; margin: 0 auto; padding: 4rem 1rem; text-align: center; }
  h1 { font-size: 1.5rem; margin: 0; }
  p { color: #44403c; margin-top: 0.75rem; }
</style>
</head>
<body>
<main id="main">
<h1>This link is no longer available</h1>
<p>The fact-check it pointed to was withdrawn by its publisher, or the link has expired. If someone sent it to you, ask them for a new link.</p>
</main>
</body>
</html>
`;

export function goneResponse(cacheControl: string, policy: string): Response {
  return new Response(GONE_HTML, {
    status: 410,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': cacheControl, [CSP_HEADER]: policy },
  });
}
