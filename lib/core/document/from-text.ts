import { DocumentBuilder } from './document-builder';
import { documentFromHtml } from './from-html';
import { parseFrontMatter } from './front-matter';
import { markdownToHtml } from './markdown-to-html';
import { assertMarkdownDepth } from './nesting-limit';
import { normalizeInput } from './normalize-text';
import type { ArticleMetadata, FrozenDocument } from './types';

// "- item", "* item" and "1. item" (any number); the marker itself is not part of the text.
const LIST_ITEM = /^\s*(?:([-*])|(\d{1,9})\.)\s+([\s\S]*)$/;

/**
 * Freeze a plain-text article. Paragraphs are separated by blank lines; a single line break
 * inside a paragraph is just a wrapped line, so it becomes a space. Lines starting with a list
 * marker become list items, and lines that follow an item without a marker continue it.
 */
export function documentFromText(raw: string): FrozenDocument {
  const builder = new DocumentBuilder();
  for (const paragraph of normalizeInput(raw).split(/\n[^\S\n]*\n/)) {
    for (const line of paragraph.split('\n')) {
      const item = LIST_ITEM.exec(line);
      if (item) {
        builder.endBlock();
        builder.appendText(item[3] ?? '', { type: 'li', ordered: item[2] !== undefined });
      } else {
        builder.appendText(` ${line}`, { type: 'p' });
      }
    }
    builder.endBlock();
  }
  return builder.build();
}

export interface MarkdownImport {
  document: FrozenDocument;
  /** From a leading `---` front-matter block, if there is one; otherwise empty. */
  metadata: ArticleMetadata;
}

/**
 * Freeze a Markdown article: Markdown becomes HTML, and the HTML goes through the same
 * sanitiser and walker as any imported page, so raw HTML inside Markdown is no way around it.
 * Throws NestingTooDeepError for pathologically nested input (see nesting-limit.ts).
 */
export function documentFromMarkdown(raw: string): MarkdownImport {
  const { metadata, body } = parseFrontMatter(normalizeInput(raw));
  assertMarkdownDepth(body);
  const html = markdownToHtml(body);
  return { document: documentFromHtml(html, { baseUrl: metadata.sourceUrl }), metadata };
}
