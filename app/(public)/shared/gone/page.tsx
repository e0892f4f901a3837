import type { Metadata } from 'next';
import { LinkGone } from '@/components/share/link-gone';

// The proxy rewrites revoked and expired links here with status 410 (see lib/server/share-links/public-page-answer.ts).
export const metadata: Metadata = { title: 'Link no longer available', robots: { index: false } };

export default function SharedLinkGonePage() {
  return <LinkGone />;
}
