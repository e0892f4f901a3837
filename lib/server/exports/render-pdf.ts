import 'server-only';
import { marked } from 'marked';
import { AppError } from '@/lib/errors';
import { renderMarkdown, type ReviewReport } from '@/lib/core/exports';
import { sanitizeArticleHtml } from '@/lib/core/document';
import { REPORT_CSS } from '@/lib/core/exports/report-styles';
import { chromiumInstalled, chromiumPath, getBrowser } from '@/lib/server/chromium-browser';
import { escapeHtml } from '@/lib/core/document/escape-html';

async function pdfBrowser() {
  if (!chromiumInstalled()) {
    throw new AppError(
      'unavailable',
      `PDF export needs Chromium, which is not installed at ${chromiumPath()}. Install it (Debian: apt-get install chromium) or set FACTDESK_CHROMIUM_PATH; the other formats work without it.`,
    );
  }
  return getBrowser();
}

/**
 * The report as a paginated PDF: article title in the header, page numbers in the footer. It is
 * printed from the Markdown report (Next forbids react-dom/server in routes), turned into HTML
 * and reduced to the safe subset, since it carries text that members and articles wrote.
 */
export async function renderReportPdf(report: ReviewReport): Promise<Buffer> {
  const markup = `<article class="report">${sanitizeArticleHtml(await marked.parse(renderMarkdown(report)))}</article>`;
  const { title } = report.article;
  // The report speaks English; each paragraph takes its direction from its own text
  // (unicode-bidi: plaintext), so Arabic quotes read right to left inside a left-to-right page.
  const html = `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${REPORT_CSS}</style></head><body>${markup}</body></html>`;
  const page = await (await pdfBrowser()).newPage();
  try {
    // No network: the report is self-contained, and nothing in it may make Chromium fetch.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      margin: { top: '22mm', bottom: '18mm', left: '18mm', right: '18mm' },
      headerTemplate: `<div style="font-size:8px;width:100%;padding:0 18mm;color:#57534e;font-family:sans-serif">${escapeHtml(title)}</div>`,
      footerTemplate:
        '<div style="font-size:8px;width:100%;text-align:center;color:#57534e;font-family:sans-serif">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    });
    return pdf;
  } finally {
    await page.close();
  }
}
