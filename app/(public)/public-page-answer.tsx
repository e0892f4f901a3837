import { getSharedLink } from '@/lib/server/share-links/get-shared-link';
import { buildSharedPage } from '@/lib/server/share-links/build-shared-page';
import { renderedPages, type RenderedPage } from '@/lib/server/share-links/rendered-pages';
import type { SharedPage } from '@/lib/server/share-links/shared-page';
import type { SharedLinkRead } from '@/lib/server/share-links/read-shared-rows';
import { siteOrigin } from '@/lib/server/site-origin';
import { shareUrl } from '@/lib/server/share-links/share-url';
import { getPublicVerdict } from '@/lib/server/public-pages/get-public-verdict';
import { publicPagePaths } from '@/lib/core/public-pages/public-page-paths';
import { plainPageHead, sharedPageHead } from '@/lib/server/share-links/shared-page-metadata';
import { publicResponse, RETRY_AFTER_SECONDS, strongEtag, type PublicAnswer } from '@/lib/server/share-links/public-answer';
import { shareCardResponse } from '@/lib/server/share-links/card/share-card-image';
import type { ShareKindValue } from '@/lib/validations/share-link';
import { PublicPageDocument } from '@/components/share/public-page-document';
import { PlainPublicPage } from '@/components/share/plain-public-page';
import { SharedVerdict } from '@/components/share/shared-verdict';
import { SharedArticleReview } from '@/components/share/shared-article-review';
import { renderStaticHtml } from './render-static-html';

// The public share pages and their preview images (decision 032), and a published verdict's
// permalink (decision 044), built by the same code from the same statement: read from PostgreSQL
// on every request, so whichever instance answers shows the last committed change; 410 for a
// revoked or expired link (or a verdict taken back), 404 for a token that never was (or of the
// other kind: a verdict's token under /r/), 503 while the database is unreachable. Caching:
// public-answer.ts.

type Route = { params: Promise<{ token: string }> };
type PermalinkRoute = { params: Promise<{ slug: string; claimId: string }> };

const PLAIN = {
  410: ['Link no longer available', 'This link is no longer available', 'The fact-check it pointed to was withdrawn by its publisher, or the link has expired. If someone sent it to you, ask them for a new link.'],
  withdrawn: ['Fact-check no longer published', 'This fact-check is no longer published', 'Its publisher has withdrawn it, or no longer publishes its fact-checks here.'],
  404: ['Page not found', 'There is no fact-check at this address', 'Check that the link was copied whole.'],
  503: ['Try again in a moment', 'This fact-check can’t be shown right now', 'The site can’t reach its database. Try again in a moment.'],
} as const;

type Plain = keyof typeof PLAIN;

function plainAnswer(which: Plain): PublicAnswer {
  const [title, heading, text] = PLAIN[which];
  const body = renderStaticHtml(
    <PublicPageDocument head={plainPageHead(title)}>
      <PlainPublicPage heading={heading} text={text} />
    </PublicPageDocument>,
  );
  const status = which === 'withdrawn' ? 410 : which;
  const retryAfterSeconds = status === 503 ? RETRY_AFTER_SECONDS : undefined;
  return { status, contentType: 'text/html; charset=utf-8', body, retryAfterSeconds };
}

const utf8 = new TextEncoder();

/**
 * What a public verdict or review page is built from: the document its one statement read, the
 * page's address, the answer when what it shows is no longer published, and the memo key.
 */
type PageSource = { read: Pick<SharedLinkRead, 'kind' | 'document' | 'fingerprint'>; url: string; origin: string; gone: Plain; key: string };

/** The live link of this kind, or the plain answer that replaces it. */
async function linkSource(request: Request, { params }: Route, kind: ShareKindValue): Promise<PageSource | Response> {
  const { token } = await params;
  const result = await getSharedLink(token);
  if (result.state === 'unavailable') return publicResponse(request, plainAnswer(503));
  if (result.state === 'gone') return publicResponse(request, plainAnswer(410));
  if (result.state === 'unknown' || result.link.kind !== kind) return publicResponse(request, plainAnswer(404));
  const origin = siteOrigin();
  // The same document, token and site make the same page (rendered-pages.ts).
  const key = `${result.link.fingerprint} ${result.link.kind} ${origin} ${token}`;
  return { read: result.link, url: shareUrl(origin, kind, token), origin, gone: 410, key };
}

/** A published verdict's permalink (decision 044), or the plain answer that replaces it. */
async function permalinkSource(request: Request, { params }: PermalinkRoute): Promise<PageSource | Response> {
  const { slug, claimId } = await params;
  const result = await getPublicVerdict(slug, claimId);
  if (result.state === 'unavailable') return publicResponse(request, plainAnswer(503));
  if (result.state === 'gone') return publicResponse(request, plainAnswer('withdrawn'));
  if (result.state === 'unknown') return publicResponse(request, plainAnswer(404));
  const { verdict } = result;
  const origin = siteOrigin();
  // A claim no longer shown is 410 if it was ever published, else 404 (nothing to withdraw).
  const gone: Plain = verdict.wasPublished ? 'withdrawn' : 404;
  const key = `${verdict.fingerprint} permalink ${origin} ${slug} ${claimId} ${gone}`;
  return { read: verdict, url: `${origin}${publicPagePaths(slug).verdict(claimId)}`, origin, gone, key };
}

/** The page as HTML with its ETag; null: no longer published. */
function renderPage(page: SharedPage | null, gone: Plain): RenderedPage {
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
    : plainAnswer(gone);
  return { ...answer, etag: strongEtag(answer.body) };
}

function pageAnswer(request: Request, source: PageSource | Response): Response {
  if (source instanceof Response) return source;
  let rendered = renderedPages.get(source.key);
  if (!rendered) {
    const result = buildSharedPage(source.read, source.url, source.origin);
    rendered = renderPage(result.state === 'live' ? result.page : null, source.gone);
    renderedPages.set(source.key, rendered);
  }
  return publicResponse(request, rendered, rendered.etag);
}

function cardAnswer(request: Request, source: PageSource | Response): Promise<Response> | Response {
  if (source instanceof Response) return source;
  const result = buildSharedPage(source.read, source.url, source.origin);
  return result.state === 'live' ? shareCardResponse(request, result.page) : publicResponse(request, plainAnswer(source.gone));
}

export async function answerPublicPage(request: Request, route: Route, kind: ShareKindValue): Promise<Response> {
  return pageAnswer(request, await linkSource(request, route, kind));
}

export async function answerShareCard(request: Request, route: Route, kind: ShareKindValue): Promise<Response> {
  return cardAnswer(request, await linkSource(request, route, kind));
}

export async function answerVerdictPermalink(request: Request, route: PermalinkRoute): Promise<Response> {
  return pageAnswer(request, await permalinkSource(request, route));
}

export async function answerVerdictPermalinkCard(request: Request, route: PermalinkRoute): Promise<Response> {
  return cardAnswer(request, await permalinkSource(request, route));
}
