import { Parser } from 'htmlparser2';
import { DomHandler, isTag, isText, type AnyNode, type Element } from 'domhandler';
import { createDepthGuard, MAX_HTML_DEPTH, type DepthGuard } from './nesting-limit';
import { cleanValue, toDirection, toHttpUrl, toIsoDate, toLanguageTag, withoutUndefined } from './metadata-values';
import { normalizeInput } from './normalize-text';
import { readJsonLdArticle } from './json-ld';
import type { ArticleMetadata } from './types';

/**
 * Read what a news page says about itself. Sources in order of trust: JSON-LD (structured,
 * written for search engines), then Open Graph and article meta tags, then plain HTML
 * (<title>, <time datetime>). The raw page is only parsed, never rendered, so it needs no
 * sanitising here. Throws NestingTooDeepError for input nested deeper than `depthLimit`.
 */
export function extractHtmlMetadata(html: string, { depthLimit = MAX_HTML_DEPTH } = {}): ArticleMetadata {
  const handler = new GuardedDomHandler(createDepthGuard(depthLimit));
  new Parser(handler, { decodeEntities: true }).end(normalizeInput(html));
  const elements = allElements(handler.root);
  const meta = metaTags(elements);
  const ld = readJsonLdArticle(
    elements.filter((el) => el.name === 'script' && el.attribs.type?.trim().toLowerCase() === 'application/ld+json').map(textOf),
  );
  const root = elements.find((el) => el.name === 'html');
  const language = toLanguageTag(root?.attribs.lang);
  const outlet = cleanValue(ld.publisher ?? meta.get('og:site_name') ?? meta.get('application-name'));
  const canonical = elements.find((el) => el.name === 'link' && relOf(el).includes('canonical'))?.attribs.href;
  const time = elements.find((el) => el.name === 'time' && el.attribs.datetime)?.attribs.datetime;

  return withoutUndefined({
    title: cleanValue(ld.headline ?? meta.get('og:title') ?? meta.get('twitter:title'))
      ?? withoutSiteName(cleanValue(textOf(elements.find((el) => el.name === 'title'))), outlet),
    author: firstName(ld.author, meta.get('author'), meta.get('article:author')),
    outlet,
    sourceUrl: toHttpUrl(canonical) ?? toHttpUrl(meta.get('og:url')) ?? toHttpUrl(ld.url),
    publishedAt: toIsoDate(ld.datePublished) ?? toIsoDate(meta.get('article:published_time')) ?? toIsoDate(time),
    language,
    direction: toDirection(root?.attribs.dir, language),
  });
}

/** A DOM builder that refuses to grow deeper than the guard allows. */
class GuardedDomHandler extends DomHandler {
  constructor(private readonly guard: DepthGuard) {
    super();
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    this.guard.open();
    super.onopentag(name, attribs);
  }

  override onclosetag(): void {
    this.guard.close();
    super.onclosetag();
  }
}

/** Every element in document order; iterative, so a deep page cannot exhaust the call stack. */
function allElements(root: AnyNode): Element[] {
  const found: Element[] = [];
  const pending: AnyNode[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (isTag(node)) found.push(node);
    const children = 'children' in node ? node.children : [];
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child) pending.push(child);
    }
  }
  return found;
}

function textOf(node: AnyNode | undefined): string {
  if (!node) return '';
  if (isText(node)) return node.data;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

function relOf(el: Element): string[] {
  return (el.attribs.rel ?? '').toLowerCase().split(/\s+/);
}

/** <meta name|property="…" content="…"> by lower-cased key; the first occurrence wins. */
function metaTags(elements: Element[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of elements) {
    const key = (el.attribs.property ?? el.attribs.name)?.trim().toLowerCase();
    const content = el.attribs.content;
    if (el.name === 'meta' && key && content !== undefined && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

/** An author is a name; article:author and some CMSs put a profile URL there instead. */
function firstName(...candidates: (string | undefined)[]): string | undefined {
  return candidates.map(cleanValue).find((value) => value !== undefined && !/^https?:\/\//i.test(value));
}

/** "Headline | Outlet" → "Headline", when the suffix is the outlet's own name. */
function withoutSiteName(title: string | undefined, outlet: string | undefined): string | undefined {
  if (!title || !outlet) return title;
  const suffix = new RegExp(`\\s+[|\\-–—:·]\\s+${outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
  return cleanValue(title.replace(suffix, ''));
}
