import { getSharedPage } from '@/lib/server/share-links/get-shared-page';
import { PUBLIC_CACHE_CONTROL } from '@/lib/server/share-links/public-page-answer';
import { shareCardImage } from '@/lib/server/share-links/card/share-card-image';

/** The link's preview image (og:image, twitter:image). A gone link is answered 410 by the proxy. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const result = await getSharedPage((await params).token);
  if (result.state === 'gone') return new Response('This link is no longer available.', { status: 410 });
  if (result.state === 'unknown' || result.page.kind !== 'article') return new Response('Not found.', { status: 404 });
  return shareCardImage(result.page, PUBLIC_CACHE_CONTROL);
}
