import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { detectDirection } from './direction';
import { documentFromHtml } from './from-html';
import { extractHtmlMetadata } from './metadata';
import { cleanValue, toHttpUrl, toIsoDate, toLanguageTag, withoutUndefined } from './metadata-values';
import { MAX_EXTRACT_DEPTH, MAX_EXTRACT_ELEMENTS, NestingTooDeepError } from './nesting-limit';
import { normalizeInput } from './normalize-text';
import { sanitizeArticleHtml } from './sanitize-html';
import type { FrozenDocument } from './types';

/** A news page reduced to its story: what the editor previews and corrects before saving. */
export interface ExtractedArticle {
  title?: string;
  byline?: string;
  outlet?: string;
  /** ISO 8601 in UTC. */
  publishedAt?: string;
  /** The URL the page declares for itself, else the URL it was fetched from. */
  canonicalUrl: string;
  /** BCP 47 tag as the page declares it. */
  language?: string;
  direction: 'ltr' | 'rtl';
  /** Plain text (meta description or first paragraph); render as text, never as HTML. */
  excerpt?: string;
  /** The story's HTML, already reduced to the safe subset by sanitizeArticleHtml. */
  html: string;
  document: FrozenDocument;
}

export type ExtractArticleResult =
  | { ok: true; article: ExtractedArticle }
  | { ok: false; code: 'no_article' | 'too_complex'; message: string };

/**
 * Find the story in a fetched news page with Mozilla's Readability (the algorithm behind Firefox
 * Reader View) over linkedom, a light DOM about ten times faster than jsdom for this. Metadata
 * comes from the page's own declarations first (extractHtmlMetadata), Readability's guesses second.
 * Readability does not sanitise (an `onerror` survives it), so its output goes through
 * sanitizeArticleHtml before anything else sees it. Never throws for a hostile page.
 */
export function extractArticle(html: string, { url }: { url: string }): ExtractArticleResult {
  try {
    return extract(normalizeInput(html), url);
  } catch (error) {
    // Hostile nesting; RangeError is a stack overflow in a parser our depth limit did not foresee.
    if (error instanceof NestingTooDeepError || error instanceof RangeError) return tooComplex();
    throw error;
  }
}

function extract(html: string, url: string): ExtractArticleResult {
  // First, because its depth guard refuses pathological nesting before linkedom builds a DOM of it.
  const metadata = extractHtmlMetadata(html, { depthLimit: MAX_EXTRACT_DEPTH });
  const { document: page } = parseHTML(asFullDocument(html));
  if (page.querySelectorAll('*').length > MAX_EXTRACT_ELEMENTS) return tooComplex();
  removeBoilerplate(page as unknown as Document);
  // The serializer hands back the content element itself, so trailing furniture can be cut from it.
  const readable = new Readability<Element>(page as unknown as Document, { serializer: (node) => node as Element }).parse();
  const content = readable?.content;
  if (!readable || !content) return noArticle();
  trimEdges(content);

  // Relative links resolve against the URL the page declares for itself, which stays right when
  // the page was reached through a tracking link or a mirror.
  const canonicalUrl = metadata.sourceUrl ?? toHttpUrl(url) ?? url;
  const safeHtml = sanitizeArticleHtml(content.innerHTML, { baseUrl: canonicalUrl });
  const document = documentFromHtml(safeHtml, { baseUrl: canonicalUrl });
  if (document.text === '') return noArticle();

  const outlet = metadata.outlet ?? cleanValue(readable.siteName ?? undefined);
  const readableDir = readable.dir === 'rtl' || readable.dir === 'ltr' ? readable.dir : undefined;
  const article: ExtractedArticle = {
    title: metadata.title ?? cleanValue(readable.title ?? undefined),
    byline: metadata.author ?? cleanByline(readable.byline ?? undefined, outlet),
    outlet,
    publishedAt: metadata.publishedAt ?? toIsoDate(readable.publishedTime ?? undefined),
    canonicalUrl,
    language: metadata.language ?? toLanguageTag(readable.lang ?? undefined),
    direction: metadata.direction ?? readableDir ?? detectDirection(document.text),
    excerpt: cleanValue(readable.excerpt ?? undefined),
    html: safeHtml,
    document,
  };
  return { ok: true, article: withoutUndefined(article) };
}

/**
 * linkedom builds the tree exactly as the tags come, without the HTML5 parser's repairs: a page
 * or fragment without <html> and <body> (which browsers accept) would leave its text outside the
 * body Readability reads, or leave no document element at all. Such input gets the missing shell.
 */
function asFullDocument(html: string): string {
  if (/<body[\s>]/i.test(html)) return html;
  const headEnd = /<\/head\s*>/i.exec(html);
  const head = headEnd ? html.slice(0, headEnd.index) : '';
  const body = headEnd ? html.slice(headEnd.index + headEnd[0].length) : html;
  const htmlAttributes = /<html(\s[^>]*)?>/i.exec(html)?.[1] ?? '';
  const strip = (part: string) => part.replace(/<!doctype[^>]*>|<\/?html(?:\s[^>]*)?>|<\/?head(?:\s[^>]*)?>/gi, '');
  return `<!DOCTYPE html><html${htmlAttributes}><head>${strip(head)}</head><body>${strip(body)}</body></html>`;
}

/**
 * Page furniture that is never the story, removed before Readability scores the page so that a
 * long "related stories" list or menu cannot outscore a short article. Only structural markers
 * (elements and ARIA roles that declare themselves navigation, footer or aside) and content the
 * reader cannot see: class-name guessing is left to Readability, which weighs it against the text.
 */
const NEVER_THE_STORY = [
  'script:not([type="application/ld+json"])', 'style', 'noscript', 'template', 'iframe', 'object', 'embed',
  'nav', 'footer', 'aside', 'form', 'dialog', 'button', 'select', 'textarea',
  '[role="navigation"]', '[role="contentinfo"]', '[role="complementary"]', '[role="search"]', '[role="dialog"]',
  '[hidden]', '[aria-hidden="true"]',
].join(', ');

function removeBoilerplate(page: Document): void {
  for (const element of Array.from(page.querySelectorAll(NEVER_THE_STORY))) element.remove();
}

/**
 * Readability keeps short, link-heavy blocks that sit next to the story ("Posted in Transport |
 * 12 Comments", "Tags: harbour, tourism", a row of share links). Such blocks are cut from the
 * start and end of the content only: inside the story a short linked paragraph may be the news.
 */
const EDGE_BLOCKS = 'p, ul, ol, dl, table, h2, h3, h4, h5, h6';
const MAX_FURNITURE_CHARS = 160;

function trimEdges(content: Element): void {
  const blocks = Array.from(content.querySelectorAll(EDGE_BLOCKS)).filter((block) => !block.parentElement?.closest(EDGE_BLOCKS));
  while (blocks.length > 0 && isFurniture(blocks[blocks.length - 1] as Element)) (blocks.pop() as Element).remove();
  while (blocks.length > 0 && isFurniture(blocks[0] as Element)) (blocks.shift() as Element).remove();
}

function isFurniture(block: Element): boolean {
  const text = textLength(block);
  if (text === 0) return true;
  const linked = Array.from(block.querySelectorAll('a')).reduce((sum, link) => sum + textLength(link), 0);
  return text <= MAX_FURNITURE_CHARS && linked / text >= 0.5;
}

function textLength(node: Element): number {
  return (node.textContent ?? '').replace(/\s+/g, '').length;
}

/**
 * Readability takes a byline from whatever element is marked as one, which often also holds the
 * outlet and the date ("World News Desk · Thu Dec 28, 2017 09:14AM"). Keep only the name parts.
 */
function cleanByline(byline: string | undefined, outlet: string | undefined): string | undefined {
  const parts = (cleanValue(byline) ?? '')
    .split(/\s+[·|•–—]\s+/)
    .map((part) => part.replace(/^by\s+/i, '').trim())
    .filter((part) => part !== '' && part.toLowerCase() !== outlet?.toLowerCase())
    .filter((part) => !/\b(?:1[89]|20)\d{2}\b|\d{1,2}:\d{2}/.test(part));
  return cleanValue(parts.join(', '));
}

function noArticle(): ExtractArticleResult {
  return failure('no_article', 'No article text was found on this page. It may be an index page, a video or a paywall; paste the text instead.');
}

function tooComplex(): ExtractArticleResult {
  return failure('too_complex', 'This page is too complex to read (nested too deeply or too many elements). Save the article as plain text and import that instead.');
}

function failure(code: 'no_article' | 'too_complex', message: string): ExtractArticleResult {
  return { ok: false, code, message };
}
