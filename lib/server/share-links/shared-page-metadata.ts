import 'server-only';
import type { SharedPage } from './shared-page';

const CARD_SIZE = { width: 1200, height: 630 };

/** What a public page's <head> says: title, description, canonical address and card tags. */
export type PublicPageHead = {
  title: string;
  description: string;
  canonical: string | null;
  robots: string | null;
  /** Open Graph (`og:…`, written as `property`) and Twitter (`twitter:…`, as `name`) tags, in order. */
  tags: [key: string, content: string][];
};

/** Open Graph and Twitter card tags, so a pasted link unfurls into a card in chat tools. */
export function sharedPageHead(page: SharedPage): PublicPageHead {
  const title =
    page.kind === 'claim'
      ? `${page.claim.verdict.label}: ${page.claim.statement || page.claim.exact}`
      : `Fact-check of “${page.article.title}”`;
  const description =
    page.kind === 'claim'
      ? truncate(page.claim.explanation || `${page.workspace.name} rated this claim ${page.claim.verdict.label}.`, 200)
      : `${page.claims.length} published ${page.claims.length === 1 ? 'verdict' : 'verdicts'} by ${page.workspace.name}.`;
  const image = `${page.url}/card.png`;
  // A verdict's lasting address, when it has one, is the one to index (decision 044).
  const canonical = (page.kind === 'claim' && page.permalink) || page.url;
  return {
    title: `${truncate(title, 90)} · ${page.workspace.name}`,
    description,
    canonical,
    robots: null,
    tags: [
      ['og:type', 'article'],
      ['og:title', title],
      ['og:description', description],
      ['og:url', canonical],
      ['og:site_name', page.workspace.name],
      ['og:image', image],
      ['og:image:width', String(CARD_SIZE.width)],
      ['og:image:height', String(CARD_SIZE.height)],
      ['og:image:alt', title],
      ['twitter:card', 'summary_large_image'],
      ['twitter:title', title],
      ['twitter:description', description],
      ['twitter:image', image],
    ],
  };
}

/** The head of a page that shows no fact-check (404, 410, outage): never indexed. */
export function plainPageHead(title: string): PublicPageHead {
  return { title, description: '', canonical: null, robots: 'noindex', tags: [] };
}

function truncate(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1).trimEnd()}…`;
}
