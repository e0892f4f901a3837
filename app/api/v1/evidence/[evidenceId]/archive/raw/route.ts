import { apiRoute } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { getArchivedRaw } from '@/lib/server/evidence-archive/evidence-archive';
import { CSP_HEADER, FOREIGN_HTML_POLICY } from '@/lib/server/security/content-security-policy';

// Served as what it was when it is text; anything else as bytes, never as a type a browser runs.
const TEXT_TYPES: Record<string, string> = { 'text/html': 'html', 'application/xhtml+xml': 'html', 'text/plain': 'txt' };

/**
 * The archived response exactly as fetched. Someone else's HTML must never run on this origin:
 * a download (attachment), a sandbox CSP, no type sniffing; XHTML is served as text/html so a
 * browser opening it anyway gets the sandbox too.
 */
export const GET = apiRoute<{ evidenceId: string }>(async ({ actor, params }) => {
  const evidenceId = parseParam(params.evidenceId, idSchema, 'Evidence');
  const raw = await getArchivedRaw(actor, evidenceId);
  const extension = TEXT_TYPES[raw.contentType];
  const type = extension === 'html' ? 'text/html' : extension === 'txt' ? 'text/plain' : 'application/octet-stream';
  return new Response(new Blob([new Uint8Array(raw.body)]), {
    headers: {
      // No charset: the bytes are in the page's own, which it declares itself.
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="evidence-${evidenceId}-archived.${extension ?? 'bin'}"`,
      [CSP_HEADER]: FOREIGN_HTML_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      'X-Factdesk-Sha256': raw.sha256,
      'X-Factdesk-Http-Status': String(raw.httpStatus),
      ...(raw.archivedAt ? { 'X-Factdesk-Fetched-At': raw.archivedAt.toISOString() } : {}),
    },
  });
});
