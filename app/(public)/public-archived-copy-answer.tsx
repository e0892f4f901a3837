import { z } from 'zod';
import { getPermalinkArchivedCopy, getPublicArchivedCopy, type PublicArchivedCopy as ArchivedCopy } from '@/lib/server/evidence-archive/public-archive';
import { plainPageHead } from '@/lib/server/share-links/shared-page-metadata';
import { publicResponse } from '@/lib/server/share-links/public-answer';
import { PublicPageDocument } from '@/components/share/public-page-document';
import { PlainPublicPage } from '@/components/share/plain-public-page';
import { PublicArchivedCopy } from '@/components/evidence-archive/public-archived-copy';
import { renderStaticHtml } from './render-static-html';

// The public archived copy of a verdict's source (decision 038), answered like the verdict page
// itself (public-page-answer.tsx): one static document, no script, its ETag the body's hash.
// Everything that is not a live copy (unknown, revoked or expired token, a verdict taken back,
// no such source, no copy yet) is the same 404: it says nothing about which.

type Route = { params: Promise<{ token: string; n: string }> };
type PermalinkRoute = { params: Promise<{ slug: string; claimId: string; n: string }> };

const position = z.coerce.number().int().min(1).max(10_000);

export async function answerPublicArchivedCopy(request: Request, { params }: Route): Promise<Response> {
  const { token, n } = await params;
  const at = position.safeParse(n);
  return copyAnswer(request, at.success ? await getPublicArchivedCopy(token, at.data) : null);
}

/** The same under a verdict's permalink (decision 044): /p/{slug}/verdicts/{claimId}/sources/{n}. */
export async function answerPermalinkArchivedCopy(request: Request, { params }: PermalinkRoute): Promise<Response> {
  const { slug, claimId, n } = await params;
  const at = position.safeParse(n);
  return copyAnswer(request, at.success ? await getPermalinkArchivedCopy(slug, claimId, at.data) : null);
}

function copyAnswer(request: Request, copy: ArchivedCopy | null): Response {
  const html = renderStaticHtml(
    copy ? (
      <PublicPageDocument head={{ ...plainPageHead(`Archived copy of ${copy.source.title || copy.source.url}`), robots: 'noindex' }}>
        <PublicArchivedCopy copy={copy} />
      </PublicPageDocument>
    ) : (
      <PublicPageDocument head={plainPageHead('Page not found')}>
        <PlainPublicPage heading="There is no archived copy at this address" text="Check that the link was copied whole." />
      </PublicPageDocument>
    ),
  );
  return publicResponse(request, { status: copy ? 200 : 404, contentType: 'text/html; charset=utf-8', body: html });
}
