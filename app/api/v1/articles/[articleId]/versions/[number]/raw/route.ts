import { z } from 'zod';
import { apiRoute } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { getRawPage } from '@/lib/server/articles/get-raw-page';
import { CSP_HEADER, FOREIGN_HTML_POLICY } from '@/lib/server/security/content-security-policy';

const versionNumber = z.coerce.number().int().min(1).max(100_000);

export const GET = apiRoute<{ articleId: string; number: string }>(async ({ actor, params }) => {
  const articleId = parseParam(params.articleId, idSchema, 'Article');
  const number = parseParam(params.number, versionNumber, 'Article version');
  const raw = await getRawPage(actor, articleId, number);
  // A download, never a page of ours: the fetched HTML is someone else's code, so it must not run
  // on this origin (attachment, a sandbox CSP, and no type sniffing).
  return new Response(new Blob([new Uint8Array(raw.html)]), {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Disposition': `attachment; filename="article-${articleId}-v${number}.html"`,
      [CSP_HEADER]: FOREIGN_HTML_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      ...(raw.fetchedAt ? { 'X-Factdesk-Fetched-At': raw.fetchedAt.toISOString() } : {}),
      ...(raw.httpStatus ? { 'X-Factdesk-Http-Status': String(raw.httpStatus) } : {}),
    },
  });
});
