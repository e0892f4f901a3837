import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getSharedPage } from '@/lib/server/share-links/get-shared-page';
import { sharedPageMetadata } from '@/lib/server/share-links/shared-page-metadata';
import { SharedArticleReview } from '@/components/share/shared-article-review';
import { LinkGone } from '@/components/share/link-gone';

type Props = { params: Promise<{ token: string }> };

// Rendered on a link's first view and kept in Next's page cache for 30 s, then rendered again in
// the background (decision 010): rendering on every request managed about 120 views a second.
// Revocation and expiry do not wait for it: the proxy answers 410 before the cache is consulted.
export const revalidate = 30;
export const dynamicParams = true;
export function generateStaticParams(): { token: string }[] {
  return [];
}

// Public: no sign-in. A gone link is answered 410 by the proxy before this page runs.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getSharedPage((await params).token);
  if (result.state !== 'live' || result.page.kind !== 'article') return { title: 'Link not available', robots: { index: false } };
  return sharedPageMetadata(result.page);
}

export default async function SharedArticlePage({ params }: Props) {
  const result = await getSharedPage((await params).token);
  if (result.state === 'gone') return <LinkGone />;
  if (result.state === 'unknown' || result.page.kind !== 'article') notFound();
  return <SharedArticleReview page={result.page} />;
}
