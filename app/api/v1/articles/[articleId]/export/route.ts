import { apiRoute } from '@/lib/server/api/route';
import { parseParam } from '@/lib/server/api/parse';
import { validationError } from '@/lib/server/api/error-response';
import { idSchema } from '@/lib/validations/common';
import { exportQuerySchema } from '@/lib/validations/export';
import { buildReviewReport } from '@/lib/server/exports/build-review-report';
import { exportFileName, renderExport } from '@/lib/server/exports/render-export';
import { renderReportPdf } from '@/lib/server/exports/render-pdf';
import { siteOrigin } from '@/lib/server/site-origin';

export const GET = apiRoute<{ articleId: string }>(async ({ request, actor, params }) => {
  const articleId = parseParam(params.articleId, idSchema, 'Article');
  const url = new URL(request.url);
  const query = exportQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) throw validationError(query.error);
  const report = await buildReviewReport(actor, articleId, {
    onlyPublished: query.data.scope === 'published',
    includeInternal: query.data.internal === '1',
  });
  const rendered =
    query.data.format === 'pdf'
      ? { body: new Blob([new Uint8Array(await renderReportPdf(report))]), contentType: 'application/pdf', extension: 'pdf' }
      : renderExport(report, query.data.format, siteOrigin(request.headers));
  return new Response(rendered.body, {
    headers: {
      'Content-Type': rendered.contentType,
      'Content-Disposition': `attachment; filename="${exportFileName(report.article.title, rendered.extension)}"`,
      'Cache-Control': 'no-store',
    },
  });
});
