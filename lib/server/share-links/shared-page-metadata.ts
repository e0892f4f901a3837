import 'server-only';
import type { Metadata } from 'next';
import type { SharedPage } from './shared-page';

const CARD_SIZE = { width: 1200, height: 630 };

/** Open Graph and Twitter card tags, so a pasted link unfurls into a card in chat tools. */
export function sharedPageMetadata(page: SharedPage): Metadata {
  const title =
    page.kind === 'claim'
      ? `${page.claim.verdict.label}: ${page.claim.statement || page.claim.exact}`
      : `Fact-check of “${page.article.title}”`;
  const description =
    page.kind === 'claim'
      ? truncate(page.claim.explanation || `${page.workspace.name} rated this claim ${page.claim.verdict.label}.`, 200)
      : `${page.claims.length} published ${page.claims.length === 1 ? 'verdict' : 'verdicts'} by ${page.workspace.name}.`;
  const image = { url: `${page.url}/card.png`, ...CARD_SIZE, alt: title };
  return {
    title: { absolute: `${truncate(title, 90)} · ${page.workspace.name}` },
    description,
    alternates: { canonical: page.url },
    openGraph: { type: 'article', title, description, url: page.url, siteName: page.workspace.name, images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

function truncate(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1).trimEnd()}…`;
}
