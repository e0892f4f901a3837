import { apiRoute } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { getArchivedScreenshot } from '@/lib/server/evidence-archive/evidence-archive';

/**
 * The full-page screenshot of the archived copy: a PNG we rendered ourselves, offline. `?download`
 * makes it an attachment; shown inline otherwise (the archived copy page's <img>).
 */
export const GET = apiRoute<{ evidenceId: string }>(async ({ request, actor, params }) => {
  const evidenceId = parseParam(params.evidenceId, idSchema, 'Evidence');
  const { png, sha256 } = await getArchivedScreenshot(actor, evidenceId);
  const disposition = new URL(request.url).searchParams.has('download') ? 'attachment' : 'inline';
  return new Response(new Blob([new Uint8Array(png)]), {
    headers: {
      'Content-Type': 'image/png',
      'Content-Disposition': `${disposition}; filename="evidence-${evidenceId}-screenshot.png"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      'X-Factdesk-Sha256': sha256,
    },
  });
});
