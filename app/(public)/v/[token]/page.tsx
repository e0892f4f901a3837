import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getSharedPage } from '@/lib/server/share-links/get-shared-page';
import { sharedPageMetadata } from '@/lib/server/share-links/shared-page-metadata';
import { SharedVerdict } from '@/components/share/shared-verdict';
import { LinkGone } from '@/components/share/link-gone';

type Props = { params: Promise<{ token: string }> };

// Rendered per request, never by Next's page cache: that cache writes each page to disk under a
// name holding the token (decision 010). Views are answered from memory by the proxy instead
// (lib/server/share-links/render-public-page.ts), which asks this page for the HTML once per
// 30 s. Revocation and expiry never wait for either: the proxy answers 410 first.
export const dynamic = 'force-dynamic';

// Public: no sign-in. A gone link is answered 410 by the proxy before this page runs; the
// page still renders the "gone" text should the link expire between the two.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getSharedPage((await params).token);
  if (result.state !== 'live' || result.page.kind !== 'claim') return { title: 'Link not available', robots: { index: false } };
  return sharedPageMetadata(result.page);
}

export default async function SharedVerdictPage({ params }: Props) {
  const result = await getSharedPage((await params).token);
  if (result.state === 'gone') return <LinkGone />;
  if (result.state === 'unknown' || result.page.kind !== 'claim') notFound();
  return <SharedVerdict page={result.page} />;
}
