import { getSharedLink } from '@/lib/server/share-links/get-shared-link';
import { buildSharedPage } from '@/lib/server/share-links/build-shared-page';
import { renderedPages, type RenderedPage } from '@/lib/server/share-links/rendered-pages';
import type { SharedPage } from '@/lib/server/share-links/shared-page';
import type { SharedLinkRead } from '@/lib/server/share-links/read-shared-rows';
import { siteOrigin } from '@/lib/server/site-origin';
import { plainPageHead, sharedPageHead } from '@/lib/server/share-links/shared-page-metadata';
import { publicResponse, RETRY_AFTER_SECONDS, strongEtag, type PublicAnswer } from '@/lib/server/share-links/public-answer';
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

function plainAnswer(status: keyof typeof PLAIN): PublicAnswer {
  const [title, heading, text] = PLAIN[status];
  const body = renderStaticHtml(
    <PublicPageDocument head={plainPageHead(title)}>
      <PlainPublicPage heading={heading} text={text} />
    </PublicPageDocument>,
  );
  const retryAfterSeconds = status === 503 ? RETRY_AFTER_SECONDS : undefined;
  return { status, contentType: 'text/html; charset=utf-8', body, retryAfterSeconds };
}

const utf8 = new TextEncoder();

type LiveLink = { token: string; link: SharedLinkRead };

/** The live link of this kind, or the plain answer that replaces it. */
async function liveLink(request: Request, { params }: Route, kind: ShareKindValue): Promise<LiveLink | Response> {
  const { token } = await params;
  const result = await getSharedLink(token);
  if (result.state === 'unavailable') return publicResponse(request, plainAnswer(503));
  if (result.state === 'gone') return publicResponse(request, plainAnswer(410));
  if (result.state === 'unknown' || result.link.kind !== kind) return publicResponse(request, plainAnswer(404));
  return { token, link: result.link };
}

/** The page as HTML with its ETag; null: no longer published (410). */
function renderPage(page: SharedPage | null): RenderedPage {
  const answer: PublicAnswer = page
    ? {
        status: 200,
        contentType: 'text/html; charset=utf-8',
        // Kept as bytes: each view then writes them as they are, without encoding the text again.
        body: utf8.encode(
          renderStaticHtml(
            <PublicPageDocument head={sharedPageHead(page)}>
              {page.kind === 'claim' ? <SharedVerdict page={page} /> : <SharedArticleReview page={page} />}
            </PublicPageDocument>,
          ),
        ),
      }
    : plainAnswer(410);
  return { ...answer, etag: strongEtag(answer.body) };
}

export async function answerPublicPage(request: Request, route: Route, kind: ShareKindValue): Promise<Response> {
  const live = await liveLink(request, route, kind);
  if (live instanceof Response) return live;
  const origin = siteOrigin();
  // The same document, token and site make the same page (rendered-pages.ts).
  const key = `${live.link.fingerprint} ${live.link.kind} ${origin} ${live.token}`;
  let rendered = renderedPages.get(key);
  if (!rendered) {
    const result = buildSharedPage(live.link, live.token, origin);
    rendered = renderPage(result.state === 'live' ? result.page : null);
    renderedPages.set(key, rendered);
  }
  return publicResponse(request, rendered, rendered.etag);
}

export async function answerShareCard(request: Request, route: Route, kind: ShareKindValue): Promise<Response> {
  const live = await liveLink(request, route, kind);
  if (live instanceof Response) return live;
  const result = buildSharedPage(live.link, live.token, siteOrigin());
  return result.state === 'live' ? shareCardResponse(request, result.page) : publicResponse(request, plainAnswer(410));
}
