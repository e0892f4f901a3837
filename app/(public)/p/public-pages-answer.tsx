import { publicResponse, RETRY_AFTER_SECONDS } from '@/lib/server/share-links/public-answer';
import { plainPageHead, type PublicPageHead } from '@/lib/server/share-links/shared-page-metadata';
import { siteOrigin } from '@/lib/server/site-origin';
import { readPublicWorkspace, type PublicWorkspace } from '@/lib/server/public-pages/read-public-workspace';
import { loadMethodology } from '@/lib/server/public-pages/load-methodology';
import { loadCorrections } from '@/lib/server/public-pages/load-corrections';
import { publicPagePaths } from '@/lib/core/public-pages/public-page-paths';
import { correctionsAtom } from '@/lib/core/public-pages/corrections-atom';
import { correctionsPageQuerySchema } from '@/lib/validations/public-pages';
import { PublicPageDocument } from '@/components/share/public-page-document';
import { PlainPublicPage } from '@/components/share/plain-public-page';
import { MethodologyPage } from '@/components/public-pages/methodology-page';
import { CorrectionsLogPage } from '@/components/public-pages/corrections-log-page';
import { renderStaticHtml } from '../render-static-html';

// A workspace's public methodology and corrections log (decision 040), served like the share
// pages (decision 032): read per request (turned off → 410 on every instance at the next
// request; an address never set → 404), rendered to static HTML without script, strong ETag,
// `Cache-Control: public, no-cache` and the script-less policy (public-answer.ts).

export type Route = { params: Promise<{ slug: string }> };
type Format = 'html' | 'json' | 'atom';

const PLAIN = {
  404: ['Page not found', 'There is no page at this address', 'Check that the link was copied whole.'],
  410: ['Page no longer public', 'This page is no longer public', 'Its publisher has stopped publishing it here.'],
  503: ['Try again in a moment', 'This page can’t be shown right now', 'The site can’t reach its database. Try again in a moment.'],
} as const;

function plainAnswer(request: Request, status: keyof typeof PLAIN, format: Format): Response {
  const [title, heading, text] = PLAIN[status];
  const retryAfterSeconds = status === 503 ? RETRY_AFTER_SECONDS : undefined;
  if (format !== 'html') {
    const body = JSON.stringify({ error: { code: { 404: 'not_found', 410: 'gone', 503: 'unavailable' }[status], message: heading } });
    return publicResponse(request, { status, contentType: 'application/json; charset=utf-8', body, retryAfterSeconds });
  }
  const body = renderStaticHtml(
    <PublicPageDocument head={plainPageHead(title)}>
      <PlainPublicPage heading={heading} text={text} />
    </PublicPageDocument>,
  );
  return publicResponse(request, { status, contentType: 'text/html; charset=utf-8', body, retryAfterSeconds });
}

async function live(request: Request, route: Route, format: Format): Promise<PublicWorkspace | Response> {
  const result = await readPublicWorkspace((await route.params).slug);
  if (result.state === 'live') return result.workspace;
  return plainAnswer(request, result.state === 'gone' ? 410 : result.state === 'unknown' ? 404 : 503, format);
}

function head(title: string, description: string, canonical: string): PublicPageHead {
  return { title, description, canonical, robots: null, tags: [] };
}

export async function answerMethodology(request: Request, route: Route, format: 'html' | 'json'): Promise<Response> {
  const workspace = await live(request, route, format);
  if (workspace instanceof Response) return workspace;
  const methodology = await loadMethodology(workspace);
  if (format === 'json') {
    return publicResponse(request, { status: 200, contentType: 'application/json; charset=utf-8', body: JSON.stringify(methodology) });
  }
  const url = `${siteOrigin()}${publicPagePaths(workspace.slug).methodology}`;
  const body = renderStaticHtml(
    <PublicPageDocument head={head(`Methodology: ${workspace.name}`, `How ${workspace.name} rates claims and reviews its verdicts.`, url)}>
      <MethodologyPage methodology={methodology} slug={workspace.slug} />
    </PublicPageDocument>,
  );
  return publicResponse(request, { status: 200, contentType: 'text/html; charset=utf-8', body });
}

export async function answerCorrections(request: Request, route: Route, format: Format): Promise<Response> {
  const workspace = await live(request, route, format);
  if (workspace instanceof Response) return workspace;
  const query = correctionsPageQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return plainAnswer(request, 404, format);
  const log = await loadCorrections(workspace, query.data.page);
  const origin = siteOrigin();
  const paths = publicPagePaths(workspace.slug);
  if (format === 'json') {
    return publicResponse(request, { status: 200, contentType: 'application/json; charset=utf-8', body: JSON.stringify(log) });
  }
  if (format === 'atom') {
    const body = correctionsAtom({
      workspaceName: workspace.name,
      selfUrl: `${origin}${paths.correctionsAtom}`,
      htmlUrl: `${origin}${paths.corrections}`,
      fallbackUpdated: '1970-01-01T00:00:00.000Z',
      corrections: log.corrections.map((c) => ({
        id: c.id, at: c.at, url: c.url, statement: c.claim.statement, from: c.from?.label ?? null, to: c.to?.label ?? null,
        explanationCorrected: c.explanationCorrected, reason: c.reason, articleTitle: c.article.title,
      })),
    });
    return publicResponse(request, { status: 200, contentType: 'application/atom+xml; charset=utf-8', body });
  }
  const url = `${origin}${paths.corrections}${log.page > 1 ? `?page=${log.page}` : ''}`;
  const body = renderStaticHtml(
    <PublicPageDocument head={head(`Corrections: ${workspace.name}`, `Every correction of a published verdict by ${workspace.name}.`, url)}>
      <CorrectionsLogPage log={log} slug={workspace.slug} />
    </PublicPageDocument>,
  );
  return publicResponse(request, { status: 200, contentType: 'text/html; charset=utf-8', body });
}
