import { getSharedPage } from '@/lib/server/share-links/get-shared-page';
import type { SharedPage } from '@/lib/server/share-links/shared-page';
import { plainPageHead, sharedPageHead } from '@/lib/server/share-links/shared-page-metadata';
import { publicResponse, RETRY_AFTER_SECONDS } from '@/lib/server/share-links/public-answer';
import { shareCardResponse } from '@/lib/server/share-links/card/share-card-image';
import type { ShareKindValue } from '@/lib/validations/share-link';
import { PublicPageDocument } from '@/components/share/public-page-document';
import { PlainPublicPage } from '@/components/share/plain-public-page';
import { SharedVerdict } from '@/components/share/shared-verdict';
import { SharedArticleReview } from '@/components/share/shared-article-review';
import { renderStaticHtml } from './render-static-html';

// The public share pages and their preview images (decision 032): read from PostgreSQL on every
// request, so whichever instance answers shows the last committed change; 410 for a revoked or
// expired link (or a verdict taken back), 404 for a token that never was (or of the other kind:
// a verdict's token under /r/), 503 while the database is unreachable. Caching: public-answer.ts.

type Route = { params: Promise<{ token: string }> };

const PLAIN = {
  410: ['Link no longer available', 'This link is no longer available', 'The fact-check it pointed to was withdrawn by its publisher, or the link has expired. If someone sent it to you, ask them for a new link.'],
  404: ['Page not found', 'There is no fact-check at this address', 'Check that the link was copied whole.'],
  503: ['Try again in a moment', 'This fact-check can’t be shown right now', 'The site can’t reach its database. Try again in a moment.'],
} as const;

function plainAnswer(request: Request, status: keyof typeof PLAIN): Response {
  const [title, heading, text] = PLAIN[status];
  const body = renderStaticHtml(
    <PublicPageDocument head={plainPageHead(title)}>
      <PlainPublicPage heading={heading} text={text} />
    </PublicPageDocument>,
  );
  const retryAfterSeconds = status === 503 ? RETRY_AFTER_SECONDS : undefined;
  return publicResponse(request, { status, contentType: 'text/html; charset=utf-8', body, retryAfterSeconds });
}

/** The live page of this kind, or the plain answer that replaces it. */
async function livePage(request: Request, { params }: Route, kind: ShareKindValue): Promise<SharedPage | Response> {
  const result = await getSharedPage((await params).token);
  if (result.state === 'unavailable') return plainAnswer(request, 503);
  if (result.state === 'gone') return plainAnswer(request, 410);
  if (result.state === 'unknown' || result.page.kind !== kind) return plainAnswer(request, 404);
  return result.page;
}

export async function answerPublicPage(request: Request, route: Route, kind: ShareKindValue): Promise<Response> {
  const page = await livePage(request, route, kind);
  if (page instanceof Response) return page;
  const body = renderStaticHtml(
    <PublicPageDocument head={sharedPageHead(page)}>
      {page.kind === 'claim' ? <SharedVerdict page={page} /> : <SharedArticleReview page={page} />}
    </PublicPageDocument>,
  );
  return publicResponse(request, { status: 200, contentType: 'text/html; charset=utf-8', body });
}

export async function answerShareCard(request: Request, route: Route, kind: ShareKindValue): Promise<Response> {
  const page = await livePage(request, route, kind);
  return page instanceof Response ? page : shareCardResponse(request, page);
}
