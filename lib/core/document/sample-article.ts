import { readFileSync } from 'node:fs';
import path from 'node:path';
import { documentFromText } from './from-text';
import type { FrozenDocument } from './types';

/**
 * The demo article: a real Press TV story as a scraper saved it. It lives beside this module
 * (not in ../shared) so the app carries its own copy. Resolved from the working directory,
 * as Next.js recommends for server-side files, because bundling moves this module elsewhere.
 */
export const SAMPLE_ARTICLE_PATH = path.join(process.cwd(), 'lib', 'core', 'document', 'fixtures', 'presstv-lavrov-syria.txt');

export interface SampleArticle {
  title: string;
  outlet: 'Press TV';
  sourceUrl?: undefined;
  /** The scrape carries no date, and we do not invent one. */
  publishedAt?: string;
  document: FrozenDocument;
}

/**
 * What the scraper saved around the story, one rule per piece of page furniture. The rules
 * are anchored to the start or end of the file so they can never eat a sentence of the body.
 */
export const SAMPLE_CLEANING_RULES = {
  /** First line: the section path, e.g. "News / Syria" (spaced with no-break spaces). */
  breadcrumb: /^[\p{L}\s]{1,40}(?:\/[\p{L}\s]{1,40}){1,5}$/u,
  /** The line after the title: the lead photo's caption, which credits the photographer. */
  photoCaption: /\((?:photo|file photo|image)\b[^)]*\)$/i,
  /** Lines after the story: the mirror-site notice, its address, the share bar and app links. */
  trailingBoilerplate: [
    /^Press TV[’']s website can also be accessed at the following alternate addresses:?$/i,
    /^(?:www\.)?presstv\.[a-z.]+$/i,
    /^SHARE THIS ARTICLE$/i,
    /^Press TV News Roku$/i,
  ],
};

/** Split the scraped file into its title and the article text, without the page furniture. */
export function cleanSampleArticleText(raw: string): { title: string; body: string } {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trim());
  const isBlank = (line: string | undefined) => line === '';
  const isBoilerplate = (line: string) => SAMPLE_CLEANING_RULES.trailingBoilerplate.some((rule) => rule.test(line));

  while (lines.length > 0 && (isBlank(lines.at(-1)) || isBoilerplate(lines.at(-1) ?? ''))) lines.pop();
  const next = () => {
    while (isBlank(lines[0])) lines.shift();
    return lines[0];
  };
  if (SAMPLE_CLEANING_RULES.breadcrumb.test(next() ?? '')) lines.shift();
  const title = next();
  if (!title) throw new Error('The sample article has no title line.');
  lines.shift();
  if (SAMPLE_CLEANING_RULES.photoCaption.test(next() ?? '')) lines.shift();
  return { title, body: lines.join('\n').trim() };
}

/**
 * The bundled demo article, frozen the same way as a pasted plain-text import. Synchronous:
 * the file is 4 kB and read only when a demo workspace is seeded.
 */
export function loadSampleArticle(): SampleArticle {
  const { title, body } = cleanSampleArticleText(readFileSync(SAMPLE_ARTICLE_PATH, 'utf8'));
  return { title, outlet: 'Press TV', sourceUrl: undefined, document: documentFromText(body) };
}
